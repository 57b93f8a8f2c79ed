package dev.southward.migrate.jpa;

import dev.southward.migrate.state.FieldType;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Temporal;
import java.lang.reflect.AnnotatedElement;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The column type Hibernate ORM 7 gives a basic attribute, as a neutral type: {@code boolean} is {@code bit} (bit(1)
 * on MySQL), {@code @Enumerated(STRING)} a native enum of the constants in alphabetical order, an ordinal enum a
 * {@code tinyint}, {@code @Lob String} a {@code clob}/{@code longtext}, {@code BigDecimal} {@code decimal(38,2)}.
 */
final class JpaTypes {
    /** Hibernate's defaults for a decimal without {@code @Column(precision, scale)}. */
    static final int DEFAULT_PRECISION = 38;
    static final int DEFAULT_SCALE = 2;

    private static final Map<Class<?>, FieldType> SIMPLE = Map.ofEntries(
            Map.entry(boolean.class, FieldType.BIT), Map.entry(Boolean.class, FieldType.BIT),
            Map.entry(byte.class, FieldType.BYTE), Map.entry(Byte.class, FieldType.BYTE),
            Map.entry(short.class, FieldType.SHORT), Map.entry(Short.class, FieldType.SHORT),
            Map.entry(int.class, FieldType.INT), Map.entry(Integer.class, FieldType.INT),
            Map.entry(long.class, FieldType.LONG), Map.entry(Long.class, FieldType.LONG),
            Map.entry(float.class, FieldType.FLOAT), Map.entry(Float.class, FieldType.FLOAT),
            Map.entry(double.class, FieldType.DOUBLE), Map.entry(Double.class, FieldType.DOUBLE),
            Map.entry(LocalDate.class, FieldType.DATE), Map.entry(java.sql.Date.class, FieldType.DATE),
            Map.entry(LocalDateTime.class, FieldType.DATETIME), Map.entry(java.sql.Timestamp.class, FieldType.DATETIME),
            Map.entry(Instant.class, FieldType.INSTANT), Map.entry(OffsetDateTime.class, FieldType.INSTANT),
            Map.entry(ZonedDateTime.class, FieldType.INSTANT), Map.entry(UUID.class, FieldType.NATIVE_UUID));

    /**
     * A column type: the neutral type with its length, precision, scale and enum values.
     *
     * @param type      the neutral type
     * @param maxLength the length of a varchar or varbinary
     * @param precision the precision of a decimal, the fraction digits of a time
     * @param scale     the scale of a decimal
     * @param values    the constants of a native enum
     */
    record ColumnType(FieldType type, Integer maxLength, Integer precision, Integer scale, List<String> values) {
        static ColumnType of(FieldType type) {
            return new ColumnType(type, null, null, null, null);
        }
    }

    private JpaTypes() {
    }

    /**
     * The column type of a basic attribute or collection element.
     *
     * @param javaType the attribute's (or element's) Java type
     * @param member   where its annotations are
     * @param column   its {@code @Column}, or null
     * @return the type, or null when Hibernate's type for it is not supported (the caller reports it)
     */
    static ColumnType of(Class<?> javaType, AnnotatedElement member, Column column) {
        boolean lob = member.isAnnotationPresent(Lob.class);
        int length = column == null ? 255 : column.length();
        if (javaType == String.class) {
            return lob ? ColumnType.of(FieldType.TEXT) : new ColumnType(FieldType.STRING, length, null, null, null);
        }
        if (javaType == byte[].class) {
            return lob ? ColumnType.of(FieldType.BINARY) : new ColumnType(FieldType.VARBINARY, length, null, null, null);
        }
        if (lob) {
            return null;
        }
        if (javaType.isEnum()) {
            Enumerated enumerated = member.getAnnotation(Enumerated.class);
            Object[] constants = javaType.getEnumConstants();
            if (enumerated != null && enumerated.value() == EnumType.STRING) {
                List<String> names = Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).sorted().toList();
                return new ColumnType(FieldType.ENUM, null, null, null, names);
            }
            return ColumnType.of(constants.length <= Byte.MAX_VALUE + 1 ? FieldType.BYTE : FieldType.SHORT);
        }
        if (javaType == BigDecimal.class || javaType == BigInteger.class) {
            int precision = column == null || column.precision() == 0 ? DEFAULT_PRECISION : column.precision();
            int scale = javaType == BigInteger.class ? 0
                    : column == null || column.scale() == 0 ? DEFAULT_SCALE : column.scale();
            return new ColumnType(FieldType.DECIMAL, null, precision, scale, null);
        }
        if (javaType == Duration.class) {
            return new ColumnType(FieldType.DECIMAL, null, 21, 0, null);
        }
        if (javaType == LocalTime.class || javaType == java.sql.Time.class) {
            return new ColumnType(FieldType.TIME, null, 0, null, null);
        }
        if (javaType == java.util.Date.class || javaType == java.util.Calendar.class) {
            Temporal temporal = member.getAnnotation(Temporal.class);
            return switch (temporal == null ? jakarta.persistence.TemporalType.TIMESTAMP : temporal.value()) {
                case DATE -> ColumnType.of(FieldType.DATE);
                case TIME -> new ColumnType(FieldType.TIME, null, 0, null, null);
                case TIMESTAMP -> ColumnType.of(FieldType.DATETIME);
            };
        }
        FieldType simple = SIMPLE.get(javaType);
        return simple == null ? null : ColumnType.of(simple);
    }
}
