package dev.southward.migrate.dryrun;

import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.execute.RenderedMigration;
import dev.southward.migrate.introspect.LiveSchema;
import dev.southward.migrate.introspect.LiveTable;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.operation.Precondition;
import dev.southward.migrate.operation.RunJava;
import dev.southward.migrate.operation.RunSql;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Checks the preconditions of a forwards plan against the live database, reading only. A table is checked against
 * the live schema until an earlier operation of the plan touches it; from then on the model state vouches for it.
 */
public final class PreconditionChecker {
    private final Dialect dialect;
    private final Handle handle;
    private final LiveSchema live;
    private final Set<String> touched = new HashSet<>();
    private final Set<String> created = new HashSet<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * A checker for one dry run.
     *
     * @param dialect the database's dialect, which adds the server's own limits
     * @param handle  the connection that queries the data (read only)
     * @param live    the live schema, read once before the check
     */
    public PreconditionChecker(Dialect dialect, Handle handle, LiveSchema live) {
        this.dialect = dialect;
        this.handle = handle;
        this.live = live;
    }

    /**
     * Every failed precondition of the plan, each naming migration and operation.
     *
     * @param plan         the rendered migrations, in order
     * @param statesBefore the state before each of them
     * @return one message per failed precondition; empty when the plan can run
     */
    public List<String> check(List<RenderedMigration> plan, Map<MigrationKey, ProjectState> statesBefore) {
        for (RenderedMigration rm : plan) {
            Migration m = rm.migration();
            if (rm.backwards()) {
                continue;
            }
            ProjectState state = statesBefore.get(m.key());
            for (int i = 0; i < m.operations().size(); i++) {
                Operation op = m.operations().get(i);
                if (op instanceof RunSql || op instanceof RunJava) {
                    // What hand-written SQL or a data migration does is unknown until it runs: like South, the dry
                    // run cannot check what follows it.
                    return problems;
                }
                List<Precondition> pre = op.preconditions(m.app(), state);
                for (Precondition p : pre) {
                    // Schema changes keep a table's rows: its row count is live unless the plan created it.
                    boolean rowsLive = p.kind() == Precondition.Kind.TABLE_EMPTY && !created.contains(lower(p.table()));
                    if (rowsLive || !touched.contains(lower(p.table()))) {
                        String problem = problem(p);
                        if (problem != null) {
                            problems.add(m.where(i) + ": " + problem);
                        }
                    }
                }
                pre.forEach(p -> touched.add(lower(p.table())));
                pre.stream().filter(p -> p.kind() == Precondition.Kind.TABLE_ABSENT)
                        .forEach(p -> created.add(lower(p.table())));
                ProjectState after = op.apply(m.app(), state);
                serverLimits(m, i, op, state, after);
                touchChangedTables(state, after);
                state = after;
            }
        }
        return problems;
    }

    /** What the server refuses although the preconditions hold: key lengths, values a type change cannot convert. */
    private void serverLimits(Migration m, int i, Operation op, ProjectState before, ProjectState after) {
        after.models().forEach((k, model) -> {
            ModelState old = before.models().get(k);
            if (!model.equals(old)) {
                ServerLimits.indexProblems(dialect, old, model).forEach(p -> problems.add(m.where(i) + ": " + p));
                if (old != null && live.table(old.table()).isPresent()) {
                    for (FieldState f : model.fields()) {
                        old.field(f.name()).filter(o -> o.type() != f.type() && live.table(old.table()).get()
                                .columns().containsKey(o.column())).map(o -> ServerLimits.conversionProblem(
                                handle, dialect, old, o, f)).ifPresent(p -> problems.add(m.where(i) + ": " + p));
                    }
                }
            }
        });
    }

    private void touchChangedTables(ProjectState before, ProjectState after) {
        before.models().forEach((k, m) -> {
            if (!m.equals(after.models().get(k))) {
                touched.add(lower(m.table()));
            }
        });
        after.models().forEach((k, m) -> {
            if (!m.equals(before.models().get(k))) {
                touched.add(lower(m.table()));
            }
        });
    }

    private String problem(Precondition p) {
        LiveTable table = live.table(p.table()).orElse(null);
        String col = p.columns().isEmpty() ? null : p.columns().get(0);
        return switch (p.kind()) {
            case TABLE_EXISTS -> table == null ? "table " + p.table() + " does not exist" : null;
            case TABLE_ABSENT -> table != null ? "table " + p.table() + " already exists" : null;
            case COLUMN_EXISTS -> table == null ? "table " + p.table() + " does not exist"
                    : table.columns().containsKey(col) ? null : "column " + p.table() + "." + col + " does not exist";
            case COLUMN_ABSENT -> table != null && table.columns().containsKey(col)
                    ? "column " + p.table() + "." + col + " already exists" : null;
            case TABLE_EMPTY -> count(table, "SELECT COUNT(*) FROM " + q(p.table()),
                    n -> "table " + p.table() + " has " + n(n, "row", "rows") + ", and column " + col + " is added NOT "
                            + "NULL without a default (give a one-off default)");
            case NO_NULLS -> count(table, "SELECT COUNT(*) FROM " + q(p.table()) + " WHERE " + q(col) + " IS NULL",
                    n -> "column " + p.table() + "." + col + " becomes NOT NULL but " + n(n, "row holds", "rows hold")
                            + " NULL (give a one-off value for " + (n == 1 ? "it)" : "them)"));
            case NO_DUPLICATES -> count(table, "SELECT COUNT(*) FROM (SELECT " + cols(p) + " FROM " + q(p.table())
                    + " WHERE " + p.columns().stream().map(c -> q(c) + " IS NOT NULL").collect(Collectors.joining(
                    " AND ")) + " GROUP BY " + cols(p) + " HAVING COUNT(*) > 1) d", n -> "a unique index on " + p.table()
                    + " (" + String.join(", ", p.columns()) + ") cannot be built: " + n(n, "value occurs", "values occur")
                    + " more than once");
            case FITS_LENGTH -> count(table, "SELECT COUNT(*) FROM " + q(p.table()) + " WHERE CHAR_LENGTH(" + q(col)
                    + ") > " + p.value(), n -> "column " + p.table() + "." + col + " shrinks to " + p.value()
                    + " characters but " + n(n, "value is", "values are") + " longer");
            case NO_ORPHANS -> count(table, "SELECT COUNT(*) FROM " + q(p.table()) + " WHERE " + q(col)
                    + " IS NOT NULL AND " + q(col) + " NOT IN (SELECT " + q(p.columns().get(2)) + " FROM "
                    + q(p.columns().get(1)) + ")", n -> "a foreign key from " + p.table() + "." + col + " to "
                    + p.columns().get(1) + " cannot be added: " + n(n, "row points", "rows point") + " to no row");
        };
    }

    private String count(LiveTable table, String sql, java.util.function.LongFunction<String> message) {
        if (table == null) {
            return null; // reported by the structural preconditions
        }
        long n = handle.createQuery(sql).mapTo(Long.class).one();
        return n > 0 ? message.apply(n) : null;
    }

    /** {@code 1 row holds}, {@code 2 rows hold}: the count with the right form of what follows. */
    static String n(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private String q(String identifier) {
        return dialect.quote(identifier);
    }

    private String cols(Precondition p) {
        return p.columns().stream().map(this::q).collect(Collectors.joining(", "));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
