package dev.southward.migrate.state;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** Database-neutral column types. Enums are stored as {@link #STRING}. */
public enum FieldType {
    STRING, TEXT, INT, LONG, SHORT, BOOLEAN, DECIMAL, DOUBLE, DATE, TIME, DATETIME, INSTANT, BINARY, UUID;

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
