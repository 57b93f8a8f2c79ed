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
        // Every operation the steps cover, each with its own state: a statement merged from several operations
        // (MySQL) carries the state and index of only one of them.
        RenderedStep first = rm.steps().get(0);
        int last = rm.steps().get(rm.steps().size() - 1).operation();
        int start = start(rm, first);
        ProjectState state = first.state();
        for (int i = start; i <= last; i++) {
            Operation op = m.operations().get(i);
            if (op instanceof RunSql || op instanceof RunJava) {
                return; // what follows depends on data these change: checked when it runs, by the server
            }
            for (Precondition p : op.preconditions(m.app(), state)) {
                String table = p.table().toLowerCase(Locale.ROOT);
                if (p.kind() == Precondition.Kind.TABLE_EMPTY && !created.contains(table)) {
                    long rows = rows(ddl, dialect, p.table());
                    if (rows > 0) {
                        throw new MigrationFailedException("Migration " + m.key() + " cannot run, "
                                + m.operation(i) + ": table " + p.table() + " has " + rows + (rows == 1 ? " row" : " rows") + ", and "
                                + "column " + p.columns().get(0) + " is added NOT NULL without a default (give a "
                                + "one-off default). Nothing was changed.", null);
                    }
                }
                if (p.kind() == Precondition.Kind.TABLE_ABSENT) {
                    created.add(table);
                }
            }
            state = StateReplayer.applyOne(m, i, state);
        }
    }

    /**
     * The first operation the first step covers, whose state it carries: the first operation rendered, unless the
     * operations before the one the step names do not apply to that state (they rendered no statement and are
     * already in it). Operations that apply again unchanged (options, data) leave the state as it is either way.
     */
    private static int start(RenderedMigration rm, RenderedStep first) {
        Migration m = rm.migration();
        for (int a = Math.min(rm.from(), first.operation()); a < first.operation(); a++) {
            try {
                ProjectState state = first.state();
                for (int i = a; i < first.operation(); i++) {
                    state = m.operations().get(i).apply(m.app(), state);
                }
                return a;
            } catch (RuntimeException e) {
                // not the start: the state already includes operation a
            }
        }
        return first.operation();
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
