package dev.southward.migrate.state;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What the database does to referencing rows when the referenced row is deleted. */
public enum OnDelete {
    CASCADE, RESTRICT, SET_NULL, NO_ACTION;

    /** The SQL words, e.g. {@code SET NULL}. */
    public String sql() {
        return name().replace('_', ' ');
    }

    /** The name in migration files: lower case, e.g. {@code set_null}. */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@link #json()}; an unknown name is an error listing the known ones. */
    @JsonCreator
    public static OnDelete fromJson(String text) {
        return Arrays.stream(values()).filter(v -> v.json().equals(text)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown onDelete '" + text + "' (known: "
                        + Arrays.stream(values()).map(OnDelete::json).toList() + ")"));
    }
}
