package dev.southward.migrate.state;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What the database does to referencing rows when the referenced row is deleted. */
public enum OnDelete {
    /** The referencing rows are deleted too. */
    CASCADE,
    /** The delete is refused while rows reference it, checked at once. */
    RESTRICT,
    /** The referencing column is set to NULL (the field must be nullable). */
    SET_NULL,
    /** The delete is refused while rows reference it; the SQL default, checked at the end of the statement. */
    NO_ACTION;

    /**
     * The SQL words, e.g. {@code SET NULL}.
     *
     * @return the rule as written after {@code ON DELETE}
     */
    public String sql() {
        return name().replace('_', ' ');
    }

    /**
     * The name in migration files: lower case, e.g. {@code set_null}.
     *
     * @return the name as written in the {@code onDelete} of a foreign key
     */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads {@link #json()}; an unknown name is an error listing the known ones.
     *
     * @param text the name as written in a migration file
     * @return the rule
     * @throws IllegalArgumentException when no rule has that name
     */
    @JsonCreator
    public static OnDelete fromJson(String text) {
        return Arrays.stream(values()).filter(v -> v.json().equals(text)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown onDelete '" + text + "' (known: "
                        + Arrays.stream(values()).map(OnDelete::json).toList() + ")"));
    }
}
