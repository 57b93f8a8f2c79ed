package dev.southward.migrate.migration;

import java.util.regex.Pattern;

/**
 * Identifies a migration: {@code images.0002_auto__add_field_image_caption}.
 *
 * @param app  the app label
 * @param name the migration name, {@code NNNN_slug}
 */
public record MigrationKey(String app, String name) implements Comparable<MigrationKey> {
    /** Four digits, an underscore, then lower-case letters, digits and underscores. */
    public static final Pattern NAME = Pattern.compile("\\d{4}_[a-z0-9_]+");

    /** Parses {@code app.name}. */
    public static MigrationKey parse(String text) {
        int dot = text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not of the form app.0001_name");
        }
        return new MigrationKey(text.substring(0, dot), text.substring(dot + 1));
    }

    /** The number part, e.g. 2 for {@code 0002_x}. */
    public int number() {
        return Integer.parseInt(name.substring(0, 4));
    }

    @Override
    public int compareTo(MigrationKey o) {
        int c = app.compareTo(o.app);
        return c != 0 ? c : name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return app + "." + name;
    }
}
