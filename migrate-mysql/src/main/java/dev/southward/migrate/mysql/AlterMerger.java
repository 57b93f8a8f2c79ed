package dev.southward.migrate.mysql;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges consecutive {@code ALTER TABLE} statements on the same table into one: one table rebuild instead of
 * several, and on MySQL 8 one atomic statement, so fewer ways to end up between migrations. Conservative: it
 * keeps apart what MySQL cannot do in one statement (renames, two foreign key changes, a column's default changed
 * in the statement that adds or changes that column).
 */
final class AlterMerger {
    private static final Pattern MODIFY = Pattern.compile("MODIFY COLUMN (`(?:[^`]|``)+`)");
    private static final Pattern ALTER_COLUMN = Pattern.compile("ALTER COLUMN (`(?:[^`]|``)+`)");
    private static final Pattern DROP = Pattern.compile("DROP (?:INDEX|KEY|FOREIGN KEY|COLUMN|CONSTRAINT|CHECK) "
            + "(`(?:[^`]|``)+`)");
    private static final Pattern ALTER = Pattern.compile("ALTER TABLE (`(?:[^`]|``)+`) (.*)", Pattern.DOTALL);

    private AlterMerger() {
    }

    static Optional<String> merge(String first, String second) {
        Matcher a = ALTER.matcher(first);
        Matcher b = ALTER.matcher(second);
        if (!a.matches() || !b.matches() || !a.group(1).equals(b.group(1))) {
            return Optional.empty();
        }
        String ca = a.group(2);
        String cb = b.group(2);
        if (blocks(ca) || blocks(cb) || (ca.contains("FOREIGN KEY") && cb.contains("FOREIGN KEY"))
                || foreignKeyAroundModify(a.group(1), ca, cb)
                || modifiesTwice(ca, cb) || dropsWhatFirstNames(ca, cb) || defaultOfTouchedColumn(ca, cb) || defaultOfTouchedColumn(cb, ca)) {
            return Optional.empty();
        }
        return Optional.of("ALTER TABLE " + a.group(1) + " " + ca + ", " + cb);
    }

    /**
     * A foreign key dropped before a column changes, or a self-referencing one added after (a key changing type with
     * the keys that point at it): the server checks the MODIFY and the constraint against the table as it was before
     * the statement, so each is a statement of its own. MariaDB refused the drop merged with the MODIFY ("Cannot
     * change column 'code': used in a foreign key constraint", a self-referencing key, seed 203); MySQL 8 and MariaDB
     * refused the MODIFY of a key merged with the self-referencing constraint added back ("Cannot add foreign key
     * constraint", seeds 222, 226). A constraint to another table, whose key changed in an earlier statement, still
     * merges with its column's MODIFY. Dropping or adding a foreign key whose index is there is a metadata change: the
     * separate statements cost no table copy.
     */
    private static boolean foreignKeyAroundModify(String table, String first, String second) {
        return first.contains("DROP FOREIGN KEY") && second.contains("MODIFY COLUMN")
                || first.contains("MODIFY COLUMN") && second.contains("FOREIGN KEY")
                        && second.contains("REFERENCES " + table + " ");
    }

    /** MySQL refuses two MODIFYs of one column in one statement, or a MODIFY of a column the statement adds. */
    private static boolean modifiesTwice(String first, String second) {
        Matcher m = MODIFY.matcher(second);
        while (m.find()) {
            if (first.contains("MODIFY COLUMN " + m.group(1)) || first.contains("ADD COLUMN " + m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * MySQL resolves a DROP against the table as it was before the statement, so an index, key or column the first
     * statement adds cannot be dropped in the same statement (an index added by one operation
     * and dropped by the next, e.g. before a rename recreates it).
     */
    private static boolean dropsWhatFirstNames(String first, String second) {
        Matcher m = DROP.matcher(second);
        while (m.find()) {
            if (Pattern.compile("ADD (?:UNIQUE )?(?:INDEX|KEY|COLUMN|CONSTRAINT|FOREIGN KEY) "
                    + Pattern.quote(m.group(1))).matcher(first).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * MySQL resolves ALTER COLUMN against the table as it was, so a default cannot change in a statement that
     * adds, modifies, drops or otherwise names the same column (e.g. the one-off default dropped after ADD
     * COLUMN). Default changes of other columns merge: one instant statement.
     */
    private static boolean defaultOfTouchedColumn(String clauses, String other) {
        Matcher m = ALTER_COLUMN.matcher(clauses);
        while (m.find()) {
            if (other.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean blocks(String clauses) {
        return clauses.startsWith("RENAME") || clauses.contains(" RENAME ") || clauses.contains("ALGORITHM=");
    }
}
