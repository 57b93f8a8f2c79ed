package dev.southward.migrate.dryrun;

import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.IndexKeys;
import dev.southward.migrate.state.ModelState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;

/**
 * Dry-run checks of what the server itself would refuse although every precondition holds: an index its key
 * length limit does not allow, and existing values a type change cannot convert.
 */
final class ServerLimits {
    private static final String INTEGER = "^[+-]?[0-9]{1,40}$";
    private static final String NUMBER = "^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?$";
    private static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    private static final String DATETIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?$";

    private ServerLimits() {
    }

    /** The indexes {@code after} has that {@code before} (null for a new table) lacks, that the server refuses. */
    static List<String> indexProblems(Dialect dialect, ModelState before, ModelState after) {
        List<String> out = new ArrayList<>();
        IndexKeys.added(before, after).forEach(fields -> dialect.indexProblem(after, fields).ifPresent(out::add));
        return out;
    }

    /**
     * Rows whose value a change of type from {@code from} to {@code to} cannot convert (text that is no number or
     * date, a number out of the new range), or null when there are none or the change is not one checked.
     */
    static String conversionProblem(Handle h, Dialect dialect, ModelState model, FieldState from, FieldState to) {
        String column = dialect.quote(from.column());
        String bad = badValues(from, to, column);
        if (bad == null) {
            return null;
        }
        long n = h.createQuery("SELECT COUNT(*) FROM " + dialect.quote(model.table()) + " WHERE " + column
                + " IS NOT NULL AND (" + bad + ")").mapTo(Long.class).one();
        return n == 0 ? null : "column " + model.table() + "." + from.column() + " changes from " + from.type().label()
                + " to " + to.type().label() + " but " + n + (n == 1 ? " value does" : " values do") + " not convert";
    }

    private static String badValues(FieldState from, FieldState to, String column) {
        boolean text = from.type() == FieldType.STRING || from.type() == FieldType.TEXT;
        String range = range(to.type());
        if (text) {
            String trimmed = "TRIM(" + column + ")";
            return switch (to.type()) {
                case INT, LONG, SHORT -> "CASE WHEN " + trimmed + " REGEXP '" + INTEGER + "' THEN CASE WHEN CAST("
                        + trimmed + " AS DECIMAL(65, 0)) " + range + " THEN 0 ELSE 1 END ELSE 1 END = 1";
                case DECIMAL, DOUBLE -> "NOT (" + trimmed + " REGEXP '" + NUMBER + "')";
                case DATE -> "NOT (" + trimmed + " REGEXP '" + DATE + "')";
                case DATETIME, INSTANT -> "NOT (" + trimmed + " REGEXP '" + DATETIME + "')";
                default -> null;
            };
        }
        boolean narrowing = switch (from.type()) {
            case LONG -> to.type() == FieldType.INT || to.type() == FieldType.SHORT;
            case INT -> to.type() == FieldType.SHORT;
            default -> false;
        };
        return narrowing ? "NOT (" + column + " " + range + ")" : null;
    }

    private static String range(FieldType type) {
        return switch (type) {
            case SHORT -> "BETWEEN -32768 AND 32767";
            case INT -> "BETWEEN -2147483648 AND 2147483647";
            default -> "BETWEEN -9223372036854775808 AND 9223372036854775807";
        };
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
