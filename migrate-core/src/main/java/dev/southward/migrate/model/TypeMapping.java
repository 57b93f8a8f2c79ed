package dev.southward.migrate.model;

import dev.southward.migrate.state.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

/** Java field types to neutral {@link FieldType}s. */
final class TypeMapping {
    private static final Map<Class<?>, FieldType> TYPES = Map.ofEntries(
            Map.entry(String.class, FieldType.STRING),
            Map.entry(int.class, FieldType.INT), Map.entry(Integer.class, FieldType.INT),
            Map.entry(long.class, FieldType.LONG), Map.entry(Long.class, FieldType.LONG),
            Map.entry(short.class, FieldType.SHORT), Map.entry(Short.class, FieldType.SHORT),
            Map.entry(boolean.class, FieldType.BOOLEAN), Map.entry(Boolean.class, FieldType.BOOLEAN),
            Map.entry(BigDecimal.class, FieldType.DECIMAL),
            Map.entry(double.class, FieldType.DOUBLE), Map.entry(Double.class, FieldType.DOUBLE),
            Map.entry(LocalDate.class, FieldType.DATE),
            Map.entry(LocalTime.class, FieldType.TIME),
            Map.entry(LocalDateTime.class, FieldType.DATETIME),
            Map.entry(Instant.class, FieldType.INSTANT),
            Map.entry(byte[].class, FieldType.BINARY),
            Map.entry(UUID.class, FieldType.UUID));

    private TypeMapping() {
    }

    /** The neutral type of a Java type, or null when unsupported. */
    static FieldType of(Class<?> javaType, boolean text) {
        if (javaType.isEnum()) {
            return FieldType.STRING;
        }
        FieldType type = TYPES.get(javaType);
        return type == FieldType.STRING && text ? FieldType.TEXT : type;
    }
}
