package dev.southward.migrate.execute;

import dev.southward.migrate.MigrationFailedException;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.operation.Precondition;
import dev.southward.migrate.operation.RunJava;
import dev.southward.migrate.operation.RunSql;
import dev.southward.migrate.state.ProjectState;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Checks before a migration's first statement what a server would otherwise get silently wrong, so that the real
 * run agrees with the dry run and changes nothing: a column added NOT NULL without any default to a table that
 * has rows (MySQL and MariaDB fill every row with 0 or '' instead of failing). Costs one count per such
 * operation, and nothing for migrations without one.
 */
final class Guards {
    private Guards() {
    }

    static void check(Handle ddl, Dialect dialect, RenderedMigration rm) {
        if (rm.backwards()) {
            return;
        }
        Migration m = rm.migration();
        if (rm.steps().isEmpty()) {
            return;
        }
        Set<String> created = new HashSet<>(); // empty when made in this migration; schema changes keep the rows
        int last = -1;
        for (RenderedStep step : rm.steps()) {
            if (step.operation() == last) {
                continue;
            }
            // A merged statement covers operations first..operation; each is checked from its own state.
            ProjectState state = step.state();
            for (int i = step.first(); i <= step.operation(); i++) {
                Operation op = m.operations().get(i);
                if (i > last && !check(ddl, dialect, m, i, op, state, created)) {
                    return;
                }
                state = i < step.operation() ? StateReplayer.applyOne(m, i, state) : state;
            }
            last = step.operation();
        }
    }

    /** Checks one operation; false when it changes data (what follows is then checked by the server). */
    private static boolean check(Handle ddl, Dialect dialect, Migration m, int index, Operation op,
            ProjectState state, Set<String> created) {
        if (op instanceof RunSql || op instanceof RunJava) {
            return false; // what follows depends on data these change: checked when it runs, by the server
        }
        for (Precondition p : op.preconditions(m.app(), state)) {
            String table = p.table().toLowerCase(Locale.ROOT);
            if (p.kind() == Precondition.Kind.TABLE_EMPTY && !created.contains(table)) {
                long rows = rows(ddl, dialect, p.table());
                if (rows > 0) {
                    throw new MigrationFailedException("Migration " + m.key() + " cannot run, "
                            + m.operation(index) + ": table " + p.table() + " has " + rows
                            + (rows == 1 ? " row" : " rows") + ", and column " + p.columns().get(0) + " is added "
                            + "NOT NULL without a default (give a one-off default). Nothing was changed.", null);
                }
            }
            if (p.kind() == Precondition.Kind.TABLE_ABSENT) {
                created.add(table);
            }
        }
        return true;
    }

    private static long rows(Handle ddl, Dialect dialect, String table) {
        try (var statement = ddl.getConnection().createStatement();
                var rs = statement.executeQuery("SELECT COUNT(*) FROM " + dialect.quote(table))) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            return 0; // no such table yet: the statement itself will say what is wrong
        }
    }
}
