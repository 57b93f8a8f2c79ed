package dev.southward.migrate.operation;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.Literals;
import java.util.ArrayList;
import java.util.List;

/**
 * The values an operation carries (permanent defaults, one-off defaults, values for NULLs) checked against their
 * field types when a migration file is read, so a bad value is reported with its file and line before anything
 * is planned. A backwards default's type is known only from the state, so {@link RemoveField#apply} checks it.
 * Dialects check every value again when they render it.
 */
public final class Values {
    private Values() {
    }

    /**
     * Every problem with the values of {@code op}.
     *
     * @param op an operation as read from a file
     * @return one message per bad value; empty when all are valid
     */
    public static List<String> problems(Operation op) {
        List<String> out = new ArrayList<>();
        if (op instanceof AddField a && a.field() != null) {
            check(a.field(), a.field().defaultValue(), "default", out);
            check(a.field(), a.oneOffDefault(), "oneOffDefault", out);
        } else if (op instanceof AlterField a && a.field() != null) {
            check(a.field(), a.field().defaultValue(), "default", out);
            check(a.field(), a.fillNulls(), "fillNulls", out);
        } else if (op instanceof CreateModel c) {
            c.fields().stream().filter(java.util.Objects::nonNull)
                    .forEach(f -> check(f, f.defaultValue(), "default", out));
        }
        return out;
    }

    private static void check(FieldState field, String value, String what, List<String> out) {
        if (value != null && field.type() != null) {
            String problem = Literals.problem(field, value);
            if (problem != null) {
                out.add("field '" + field.name() + "' " + what + ": " + problem);
            }
        }
    }
}
