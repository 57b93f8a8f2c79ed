package dev.southward.migrate.state;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * Database-neutral column types. Enums of Southward's own models are stored as {@link #STRING}.
 *
 * <p>The types after {@link #UUID} came with JPA entities as a model source: they are the columns Hibernate ORM
 * creates, so that a schema Southward migrates is the one Hibernate expects. {@link #BIT} is a boolean stored as
 * {@code bit(1)} on MySQL and MariaDB ({@code boolean} on H2); {@link #BYTE} a {@code tinyint}; {@link #FLOAT} a
 * single-precision float; {@link #ENUM} a native {@code enum(...)} of {@link FieldState#values()};
 * {@link #VARBINARY} a {@code varbinary(maxLength)}; {@link #NATIVE_UUID} H2's {@code uuid} and {@code binary(16)} on
 * MySQL and MariaDB.
 */
public enum FieldType {
    /** Text up to {@link FieldState#maxLength()} characters: {@code varchar}. */
    STRING,
    /** Unbounded text: {@code clob} on H2, {@code longtext} on MySQL and MariaDB. */
    TEXT,
    /** A 32-bit integer. */
    INT,
    /** A 64-bit integer: {@code bigint}. */
    LONG,
    /** A 16-bit integer: {@code smallint}. */
    SHORT,
    /** True or false: {@code boolean} on H2, {@code tinyint(1)} on MySQL and MariaDB. */
    BOOLEAN,
    /** An exact number of {@link FieldState#precision()} digits, {@link FieldState#scale()} after the point. */
    DECIMAL,
    /** A double-precision floating-point number. */
    DOUBLE,
    /** A date without time or zone. */
    DATE,
    /** A time of day without date or zone, with {@link FieldState#precision()} fraction digits. */
    TIME,
    /** A date and time without zone (a {@code LocalDateTime}). */
    DATETIME,
    /** A point in time (an {@code Instant}): with time zone on H2, {@code datetime(6)} on MySQL and MariaDB. */
    INSTANT,
    /** Unbounded bytes: {@code blob} on H2, {@code longblob} on MySQL and MariaDB. */
    BINARY,
    /** A UUID: H2's {@code uuid}, its 36-character text on MySQL and MariaDB. */
    UUID,
    /** A boolean stored as {@code bit(1)} on MySQL and MariaDB ({@code boolean} on H2), as Hibernate makes it. */
    BIT,
    /** An 8-bit integer: {@code tinyint}. */
    BYTE,
    /** A single-precision floating-point number. */
    FLOAT,
    /** A native {@code enum(...)} column of {@link FieldState#values()}. */
    ENUM,
    /** Bytes up to {@link FieldState#maxLength()}: {@code varbinary}. */
    VARBINARY,
    /** A UUID as Hibernate stores it: H2's {@code uuid}, {@code binary(16)} on MySQL and MariaDB. */
    NATIVE_UUID;

    /**
     * The lower-case name used in files and messages, e.g. {@code varchar} for STRING.
     *
     * @return the label, as shown in questions and messages
     */
    public String label() {
        return this == STRING ? "varchar" : name().toLowerCase(Locale.ROOT);
    }

    /**
     * The name in migration files: lower case, e.g. {@code int}.
     *
     * @return the name as written in the {@code type} of a field
     */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads {@link #json()}; an unknown name is an error listing the known ones.
     *
     * @param text the name as written in a migration file
     * @return the type
     * @throws IllegalArgumentException when no type has that name
     */
    @JsonCreator
    public static FieldType fromJson(String text) {
        return Arrays.stream(values()).filter(v -> v.json().equals(text)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown type '" + text + "' (known: "
                        + Arrays.stream(values()).map(FieldType::json).toList() + ")"));
    }
}
