package dev.southward.migrate.state;

/** Database-neutral column types. Enums are stored as {@link #STRING}. */
public enum FieldType {
    STRING, TEXT, INT, LONG, SHORT, BOOLEAN, DECIMAL, DOUBLE, DATE, TIME, DATETIME, INSTANT, BINARY, UUID;

    /** The lower-case name used in files and messages, e.g. {@code varchar} for STRING. */
    public String label() {
        return this == STRING ? "varchar" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
