package dev.southward.migrate.migration;

/**
 * Identifies a migration: {@code images.0002_auto__add_field_image_caption}.
 *
 * @param app  the app label
 * @param name the migration name, {@code NNNN_slug}
 */
public record MigrationKey(String app, String name) implements Comparable<MigrationKey> {
    /**
     * Whether {@code name} is a migration name: four digits, an underscore, then lower-case letters, digits and
     * underscores. Checked by hand, not by a regular expression: start-up checks a thousand file names.
     */
    public static boolean isName(String name) {
        if (name.length() < 6 || name.charAt(4) != '_') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = i < 4 ? c >= '0' && c <= '9' : c == '_' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

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
