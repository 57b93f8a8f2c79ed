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
        /** The table exists. */
        TABLE_EXISTS,
        /** No table of that name exists yet. */
        TABLE_ABSENT,
        /** The table has the columns. */
        COLUMN_EXISTS,
        /** The table has none of the columns yet. */
        COLUMN_ABSENT,
        /** No row has NULL in the columns (before they become NOT NULL). */
        NO_NULLS,
        /** No two rows have the same values in the columns (before a unique index over them). */
        NO_DUPLICATES,
        /** The table has no rows (a NOT NULL column without a value for existing rows). */
        TABLE_EMPTY,
        /** Every value of the column fits in {@link Precondition#value()} characters. */
        FITS_LENGTH,
        /** Every non-NULL value of the column references an existing row (before a foreign key constraint). */
        NO_ORPHANS
    }

    /**
     * A precondition without a value.
     *
     * @param kind    what is checked
     * @param table   the table
     * @param columns the columns involved; none for a check of the table
     * @return the precondition
     */
    public static Precondition of(Kind kind, String table, String... columns) {
        return new Precondition(kind, table, List.of(columns), null);
    }
}
