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
    STRING, TEXT, INT, LONG, SHORT, BOOLEAN, DECIMAL, DOUBLE, DATE, TIME, DATETIME, INSTANT, BINARY, UUID,
    BIT, BYTE, FLOAT, ENUM, VARBINARY, NATIVE_UUID;

    /** The lower-case name used in files and messages, e.g. {@code varchar} for STRING. */
    public String label() {
        return this == STRING ? "varchar" : name().toLowerCase(Locale.ROOT);
    }

    /** The name in migration files: lower case, e.g. {@code int}. */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@link #json()}; an unknown name is an error listing the known ones. */
    @JsonCreator
    public static FieldType fromJson(String text) {
        return Arrays.stream(values()).filter(v -> v.json().equals(text)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown type '" + text + "' (known: "
                        + Arrays.stream(values()).map(FieldType::json).toList() + ")"));
    }
}
