package dev.southward.migrate.state;

/** What the database does to referencing rows when the referenced row is deleted. */
public enum OnDelete {
    CASCADE, RESTRICT, SET_NULL, NO_ACTION;

    /** The SQL words, e.g. {@code SET NULL}. */
    public String sql() {
        return name().replace('_', ' ');
    }
}
