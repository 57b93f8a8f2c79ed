package dev.southward.migrate.migration;

/**
 * Identifies a migration: {@code images.0002_auto__add_field_image_caption}.
 *
 * @param app  the app label
 * @param name the migration name, {@code NNNN_slug}
 */
public record MigrationKey(String app, String name) implements Comparable<MigrationKey> {
    /**
     * Whether {@code name} is a migration name: four digits (more from 10000 on, without a leading zero), an
     * underscore, then lower-case letters, digits and underscores. Checked by hand, not by a regular expression:
     * start-up checks thousands of file names.
     *
     * @param name a file name without {@code .json}
     * @return true when it is a migration name
     */
    public static boolean isName(String name) {
        int digits = 0;
        while (digits < name.length() && name.charAt(digits) >= '0' && name.charAt(digits) <= '9') {
            digits++;
        }
        if (digits < 4 || digits > 9 || digits > 4 && name.charAt(0) == '0' || name.length() < digits + 2
                || name.charAt(digits) != '_') {
            return false;
        }
        for (int i = digits + 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses {@code app.name}.
     *
     * @param text the key as written, e.g. {@code images.0002_x}
     * @return the key
     * @throws IllegalArgumentException when the text is not of the form {@code app.name}
     */
    public static MigrationKey parse(String text) {
        int dot = text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not of the form app.0001_name");
        }
        return new MigrationKey(text.substring(0, dot), text.substring(dot + 1));
    }

    /**
     * The number part, e.g. 2 for {@code 0002_x}, 10000 for {@code 10000_x}.
     *
     * @return the migration's number in its app
     */
    public int number() {
        return Integer.parseInt(name.substring(0, name.indexOf('_')));
    }

    /** By app, then by number ({@code 9999_x} before {@code 10000_y}), then by name. */
    @Override
    public int compareTo(MigrationKey o) {
        int c = app.compareTo(o.app);
        if (c != 0) {
            return c;
        }
        int digits = name.indexOf('_');
        int otherDigits = o.name.indexOf('_');
        return digits != otherDigits && digits >= 4 && otherDigits >= 4 ? Integer.compare(digits, otherDigits)
                : name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return app + "." + name;
    }
}
