package dev.southward.migrate.recovery;

import dev.southward.migrate.BetweenMigrationsException;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.execute.PlanRenderer;
import dev.southward.migrate.execute.RenderedMigration;
import dev.southward.migrate.execute.StateReplayer;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.history.HistoryTable;
import dev.southward.migrate.introspect.LiveSchema;
import dev.southward.migrate.introspect.SchemaComparator;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Finds where a migration left between migrations stopped. The journal ({@code execute.Executor}) gives the count
 * of statements done and whether the next one had started; the live schema decides between the points the
 * journal allows, where it can tell them apart. "Verified" is said only where it does.
 */
public final class Diagnoser {
    private final MigrationGraph graph;
    private final Dialect dialect;
    private final PlanRenderer renderer;

    /**
     * A diagnoser of unfinished migrations of one graph.
     *
     * @param graph    the migrations
     * @param dialect  the database's dialect, whose introspector reads the live schema
     * @param renderer renders a migration's statements to compare them with the journal's hashes
     */
    public Diagnoser(MigrationGraph graph, Dialect dialect, PlanRenderer renderer) {
        this.graph = graph;
        this.dialect = dialect;
        this.renderer = renderer;
    }

    /**
     * The diagnosis of one unfinished history row.
     *
     * @param h   the connection to read the live schema on
     * @param row the history row left between migrations
     * @return where it stopped, how that is known, and the states around it
     * @throws dev.southward.migrate.BetweenMigrationsException when its file is gone or renders other statements
     */
    public Diagnosis diagnose(Handle h, HistoryRow row) {
        if (!graph.contains(row.key())) {
            throw new BetweenMigrationsException("Migration " + row.key() + " stopped half-way, and its file is not "
                    + "among the migrations any more: restore it to recover.");
        }
        checkRow(row);
        Migration m = graph.get(row.key());
        ProjectState before = StateReplayer.statesBefore(graph, graph.ancestors(row.key())).get(row.key());
        List<ProjectState> states = StateReplayer.throughOperations(m, before);
        RenderedMigration rm = run(m, row, before);
        LiveSchema live = dialect.introspector().read(h);
        int k = row.stepsDone();
        int total = rm.steps().size();
        List<Integer> candidates = new ArrayList<>(List.of(k));
        if (row.running()) {
            if (k < total) {
                candidates.add(k + 1);
            }
        } else if (row.error() == null) {
            // Statements the schema shows are not journaled one by one: any run of them after k may have run.
            for (int j = k; j < total && rm.shownBySchema(j); j++) {
                candidates.add(j + 1);
            }
        }
        List<String> notes = new ArrayList<>();
        List<Integer> matching = new ArrayList<>();
        boolean uncheckable = false;
        for (int c : candidates) {
            int index = rm.stateIndex(c);
            if (index < 0) {
                uncheckable = true;
                continue;
            }
            List<String> diff = differences(m, states, states.get(index), live);
            if (diff.isEmpty()) {
                matching.add(c);
            } else if (c == k) {
                diff.forEach(d -> notes.add("schema differs from the state after statement " + k + ": " + d));
            }
        }
        if (row.running()) {
            return running(row, rm, states, k, matching, uncheckable, notes);
        }
        if (uncheckable) {
            notes.add("Statement " + k + " ends in the middle of an operation, so the schema cannot be checked "
                    + "there; the journal records statements 1.." + k + " done and the next one not started.");
            return new Diagnosis(row, rm, states, k, Certainty.JOURNAL, notes);
        }
        if (matching.isEmpty()) {
            return new Diagnosis(row, rm, states, k, Certainty.CONFLICT, notes);
        }
        int c = matching.contains(k) && matching.size() > 1 ? k : matching.get(0);
        notes.clear();
        notes.add("Verified against the live schema: statements 1.." + c + " took effect, the rest did not.");
        return new Diagnosis(row, rm, states, c, Certainty.VERIFIED, notes);
    }

    /** Statement k+1 had started: the schema settles whether it took effect where it can tell, else nothing does. */
    private static Diagnosis running(HistoryRow row, RenderedMigration rm, List<ProjectState> states, int k,
            List<Integer> matching, boolean uncheckable, List<String> notes) {
        if (matching.size() == 1 && !uncheckable) {
            int c = matching.get(0);
            return new Diagnosis(row, rm, states, c, Certainty.VERIFIED, List.of(c == k
                    ? "Verified against the live schema: statement " + (k + 1) + " had started but did not take "
                            + "effect; statements 1.." + k + " did."
                    : "Verified against the live schema: statement " + (k + 1) + " took effect although the "
                            + "journal did not record it completing (the process stopped during or right after it)."));
        }
        if (matching.isEmpty() && !uncheckable) {
            return new Diagnosis(row, rm, states, k, Certainty.CONFLICT, notes);
        }
        if (uncheckable && k < rm.steps().size() && changesSchema(rm, k)) {
            // A schema change takes effect whole or not at all, and shows: the end of it that can be checked
            // settles it, although the other end lies inside an operation.
            boolean beforeKnown = rm.stateIndex(k) >= 0;
            boolean took = beforeKnown ? !matching.contains(k) : matching.contains(k + 1);
            boolean verified = beforeKnown != took;
            return new Diagnosis(row, rm, states, took ? k + 1 : k, verified ? Certainty.VERIFIED : Certainty.JOURNAL,
                    List.of((verified ? "Verified against the live schema: " : "The live schema shows the state "
                            + (beforeKnown ? "before" : "after") + " statement " + (k + 1) + " is not there, so: ")
                            + "statement " + (k + 1) + ", a schema change, " + (took ? "took effect" : "did not take "
                            + "effect") + "; statements 1.." + k + " did (part of an operation of several "
                            + "statements)."));
        }
        return new Diagnosis(row, rm, states, k, Certainty.UNKNOWN_OUTCOME, List.of("Statement " + (k + 1)
                + " had started when the process stopped, and whether it took effect cannot be known: "
                + (uncheckable ? "it is part of an operation of several statements, so the schema cannot be "
                + "checked there" : "the live schema looks the same either way (it changes data, not the schema)")
                + ". Check its effect in the data, then say which it was."));
    }

    /** Whether statement {@code index} changes the schema (DDL of a schema operation), not data. */
    private static boolean changesSchema(RenderedMigration rm, int index) {
        var step = rm.steps().get(index);
        var op = rm.migration().operations().get(step.operation());
        return !(op instanceof dev.southward.migrate.operation.RunSql)
                && !(op instanceof dev.southward.migrate.operation.RunJava)
                && step.step() instanceof dev.southward.migrate.operation.Step.Sql sql
                && sql.sql().stripLeading().matches("(?is)(ALTER|CREATE|DROP|RENAME)\\b.*");
    }

    /** A row that cannot have been written by a run: reported, with the way out, instead of failing later. */
    private static void checkRow(HistoryRow row) {
        String problem = null;
        int hashes = row.statements() == null ? -1 : row.statements().isEmpty() ? 0
                : row.statements().split(",", -1).length;
        if (row.stepsTotal() < 0 || row.stepsDone() < 0 || row.stepsDone() > row.stepsTotal()) {
            problem = row.stepsDone() + " of " + row.stepsTotal() + " statements are recorded as done";
        } else if (hashes >= 0 && hashes != row.stepsTotal()) {
            problem = "it records " + row.stepsTotal() + " statements but " + hashes + " statement hashes";
        } else if (!row.status().startsWith(HistoryRow.APPLYING) && !row.status().startsWith(HistoryRow.REVERTING)) {
            problem = "its status '" + row.status() + "' is not one Southward writes";
        }
        if (problem != null) {
            throw new BetweenMigrationsException("The history row of " + row.key() + " is corrupt: " + problem
                    + ". Southward cannot tell what ran. Inspect the tables, bring them to the state after the "
                    + "migration, then record it: mvn migrate:migrate -Dmark-applied -Dforce (or bring them to the "
                    + "state before it and delete the row).");
        }
    }

    /**
     * The run the row journals: the whole migration in the row's direction, or the part a revert undoes (a
     * backwards range {@code [0, p)}, a forwards range {@code [p, n)}), found by the statements' hashes.
     */
    private RenderedMigration run(Migration m, HistoryRow row, ProjectState before) {
        boolean backwards = row.reverting();
        int n = m.operations().size();
        RenderedMigration whole = renderer.render(m, backwards, before);
        if (row.statements() == null || row.statements().equals(HistoryTable.hashes(whole.sql()))) {
            return row.undo() ? whole.asUndo() : whole;
        }
        for (int p = 0; p <= n; p++) {
            RenderedMigration part = backwards ? renderer.render(m, true, before, 0, p)
                    : renderer.render(m, false, before, p, n);
            if (row.statements().equals(HistoryTable.hashes(part.sql()))) {
                return row.undo() ? part.asUndo() : part;
            }
        }
        throw new BetweenMigrationsException("Migration " + row.key() + " stopped half-way, but its statements are "
                + "not the ones that ran (its file or Southward changed since). Restore the file as it was; or bring "
                + "the tables to the state after it by hand and record it with mvn migrate:migrate -Dmark-applied "
                + "-Dforce.");
    }

    /**
     * How the live schema differs from {@code expected}, including tables of the app that should not exist.
     *
     * @param m        the migration being diagnosed, whose app is compared
     * @param states   the states the migration passes through; a table of the app in any of them must not exist unless
     *                 {@code expected} has it
     * @param expected the state the database should be in
     * @param live     the live schema
     * @return one message per difference; empty when the schema matches
     */
    public List<String> differences(Migration m, List<ProjectState> states, ProjectState expected, LiveSchema live) {
        List<String> out = new ArrayList<>(new SchemaComparator(dialect).differences(expected,
                expected.app(m.app()), live));
        for (ProjectState s : states) {
            for (ModelState model : s.app(m.app())) {
                if (model.isManaged() && expected.byTable(model.table()).isEmpty()
                        && live.table(model.table()).isPresent()) {
                    String problem = "table " + model.table() + " exists but should not at this point";
                    if (!out.contains(problem)) {
                        out.add(problem);
                    }
                }
            }
        }
        return out;
    }
}
