package dev.southward.migrate.operation;

import java.util.List;

/**
 * Something the live database must satisfy for an operation to succeed; checked by the dry run.
 *
 * @param kind    what is checked
 * @param table   the table
 * @param columns the columns involved, if any
 * @param value   a length for {@link Kind#FITS_LENGTH}, else null
 */
public record Precondition(Kind kind, String table, List<String> columns, Integer value) {
    /** The kinds of precondition. */
    public enum Kind {
        TABLE_EXISTS, TABLE_ABSENT, COLUMN_EXISTS, COLUMN_ABSENT, NO_NULLS, NO_DUPLICATES, TABLE_EMPTY, FITS_LENGTH,
        NO_ORPHANS
    }

    public static Precondition of(Kind kind, String table, String... columns) {
        return new Precondition(kind, table, List.of(columns), null);
    }
}
