package dev.southward.migrate;

import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.execute.Batches;
import dev.southward.migrate.execute.Executor;
import dev.southward.migrate.execute.PlanRenderer;
import dev.southward.migrate.execute.RenderedMigration;
import dev.southward.migrate.execute.RenderedStep;
import dev.southward.migrate.execute.StateReplayer;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.history.HistoryTable;
import dev.southward.migrate.introspect.LiveSchema;
import dev.southward.migrate.introspect.SchemaComparator;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.operation.Step;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Diagnoses a migration left between migrations, proving against the live schema where it really stopped (the
 * journal can be one statement behind when the process died right after a statement), and carries out the three
 * ways out: resume, revert, mark applied.
 */
final class Recovery {
    private final MigrationGraph graph;
    private final Dialect dialect;
    private final HistoryTable history;
    private final PlanRenderer renderer;
    private final Executor executor;

    Recovery(MigrationGraph graph, Dialect dialect, HistoryTable history, PlanRenderer renderer, Executor executor) {
        this.graph = graph;
        this.dialect = dialect;
        this.history = history;
        this.renderer = renderer;
        this.executor = executor;
    }

    /** Where an unfinished migration stopped, as far as journal and schema tell. */
    record Diagnosis(HistoryRow row, RenderedMigration rendered, List<ProjectState> states, int done,
            boolean verified, List<String> notes) {
    }

    Diagnosis diagnose(Handle h, HistoryRow row) {
        if (!graph.contains(row.key())) {
            throw new BetweenMigrationsException("Migration " + row.key() + " stopped half-way, and its file is not "
                    + "on the classpath any more: restore it to recover.");
        }
        Migration m = graph.get(row.key());
        ProjectState before = StateReplayer.statesBefore(graph, graph.ancestors(row.key())).get(row.key());
        RenderedMigration rm = renderer.render(m, row.reverting(), before);
        List<ProjectState> states = StateReplayer.throughOperations(m, before);
        List<String> notes = new ArrayList<>();
        if (row.statements() != null && !row.statements().equals(HistoryTable.hashes(rm.sql()))) {
            throw new BetweenMigrationsException("Migration " + row.key() + " stopped half-way, but its statements "
                    + "are not the ones that ran (the file or Southward changed since). Restore the file as it was, "
                    + "or fix the database by hand and mark it applied.");
        }
        LiveSchema live = dialect.introspector().read(h);
        int k = row.stepsDone();
        // A recorded error means statement k+1 failed (and a failed DDL statement does not take effect); without
        // one the process stopped, and statement k+1 may have run before the journal could record it.
        // The journal does not record statements whose effect the schema shows (RenderedMigration.shownBySchema):
        // any number of those after statement k may have run too.
        List<Integer> candidates = new ArrayList<>(List.of(k));
        if (row.error() == null) {
            int j = k;
            while (j < rm.steps().size() && rm.shownBySchema(j)) {
                candidates.add(++j);
            }
            if (j == k) {
                candidates.add(k + 1);
            }
        }
        for (int candidate : candidates) {
            ProjectState expected = stateAt(rm, states, candidate);
            if (candidate > rm.steps().size() || expected == null) {
                continue;
            }
            List<String> diff = differences(m, states, expected, live);
            if (diff.isEmpty()) {
                notes.add(candidate == k || rm.shownBySchema(candidate - 1)
                        ? "Verified against the live schema: statements 1.." + candidate + " took effect, the rest "
                                + "did not."
                        : "Verified against the live schema: statement " + (k + 1) + " took effect although the "
                                + "journal did not record it (the process stopped right after it).");
                return new Diagnosis(row, rm, states, candidate, true, notes);
            }
            if (candidate == k) {
                notes.addAll(diff.stream().map(d -> "schema differs from the journal's account: " + d).toList());
            }
        }
        if (stateAt(rm, states, k) == null) {
            notes.add("Statement " + k + " ends in the middle of an operation, so the schema was not checked; "
                    + "statements 1.." + k + " are read from the journal only.");
        }
        return new Diagnosis(row, rm, states, k, false, notes);
    }

    /** The model state after {@code done} statements, or null when that is inside an operation. */
    private static ProjectState stateAt(RenderedMigration rm, List<ProjectState> states, int done) {
        List<RenderedStep> steps = rm.steps();
        int ops = states.size() - 1;
        if (done == 0) {
            return rm.backwards() ? states.get(ops) : states.get(0);
        }
        if (done > steps.size()) {
            return null;
        }
        if (done < steps.size() && steps.get(done).operation() == steps.get(done - 1).operation()) {
            return null;
        }
        int op = steps.get(done - 1).operation();
        return rm.backwards() ? states.get(op) : states.get(op + 1);
    }

    private List<String> differences(Migration m, List<ProjectState> states, ProjectState expected, LiveSchema live) {
        List<String> out = new ArrayList<>(new SchemaComparator(dialect).differences(expected,
                expected.app(m.app()), live));
        for (ProjectState s : states) {
            for (ModelState model : s.app(m.app())) {
                if (expected.byTable(model.table()).isEmpty() && live.table(model.table()).isPresent()) {
                    String problem = "table " + model.table() + " exists but should not at this point";
                    if (!out.contains(problem)) {
                        out.add(problem);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Settles a journal left open by a process that stopped, when the schema proves the migration did not start
     * or fully completed; returns whether it did.
     */
    boolean settle(Handle h, Handle journal, HistoryRow row) {
        if (row.error() != null || !graph.contains(row.key())) {
            return false;
        }
        Diagnosis d = diagnose(h, row);
        int total = d.rendered().steps().size();
        if (!d.verified() || (d.done() != 0 && d.done() != total)) {
            return false;
        }
        boolean nothingRan = d.done() == 0;
        if (nothingRan == !row.reverting()) {
            // Not started forwards, or fully unapplied: the migration is simply not applied.
            history.delete(journal, row.key());
        } else {
            history.write(journal, List.of(HistoryRow.intent(row.key(), d.rendered().migration().checksum(), false,
                    null, 0).done(0)));
        }
        org.slf4j.LoggerFactory.getLogger(Recovery.class).warn("{} was left open by a process that stopped; the "
                + "live schema shows it {}: recorded as {}", row.key(), nothingRan ? "did not start" : "completed",
                nothingRan == !row.reverting() ? "not applied" : "applied");
        return true;
    }

    /**
     * Settles migrations a process left open together as one batch ({@code execute.Batches}: forwards, every
     * statement shown by the schema, nothing journaled past the intent): finds in the live schema how far the
     * batch got, records the migrations before that point as applied and forgets the ones after it; the one it
     * stopped inside, if any, stays open with its statements done, to be explained, resumed or reverted like any
     * other. Returns false, writing nothing, when the rows are not such a batch or the schema matches no point.
     */
    boolean settleBatch(Handle h, Handle journal, List<HistoryRow> rows) {
        List<HistoryRow> batch = new ArrayList<>(rows);
        batch.sort(java.util.Comparator.comparingInt(r -> graph.order().indexOf(r.key())));
        List<RenderedMigration> rendered = new ArrayList<>();
        List<List<ProjectState>> states = new ArrayList<>();
        List<ProjectState> all = new ArrayList<>();
        ProjectState state = null;
        for (int i = 0; i < batch.size(); i++) {
            HistoryRow row = batch.get(i);
            if (batch.size() < 2 || row.reverting() || row.error() != null || row.stepsDone() != 0
                    || !graph.contains(row.key()) || i > 0 && (!row.key().app().equals(batch.get(0).key().app())
                    || !graph.parents(row.key()).contains(batch.get(i - 1).key()))) {
                return false;
            }
            Migration m = graph.get(row.key());
            if (state == null) {
                state = StateReplayer.statesBefore(graph, graph.ancestors(row.key())).get(row.key());
            }
            RenderedMigration rm = renderer.render(m, false, state);
            if (!Batches.batchable(rm) || !HistoryTable.hashes(rm.sql()).equals(row.statements())) {
                return false;
            }
            List<ProjectState> mine = StateReplayer.throughOperations(m, state);
            state = mine.get(mine.size() - 1);
            rendered.add(rm);
            states.add(mine);
            all.addAll(mine);
        }
        LiveSchema live = dialect.introspector().read(h);
        for (int i = 0; i < batch.size(); i++) {
            RenderedMigration rm = rendered.get(i);
            for (int done = i == 0 ? 0 : 1; done <= rm.steps().size(); done++) {
                ProjectState expected = stateAt(rm, states.get(i), done);
                if (expected != null && differences(rm.migration(), all, expected, live).isEmpty()) {
                    record(journal, batch, rendered, i, done);
                    return true;
                }
            }
        }
        return false;
    }

    /** Records a batch that got to statement {@code done} of its migration {@code at}. */
    private void record(Handle journal, List<HistoryRow> batch, List<RenderedMigration> rendered, int at, int done) {
        int total = rendered.get(at).steps().size();
        List<HistoryRow> applied = new ArrayList<>();
        for (int i = 0; i < at || i == at && done == total; i++) {
            applied.add(batch.get(i).done(0));
        }
        if (!applied.isEmpty()) {
            history.write(journal, applied);
        }
        if (done > 0 && done < total) {
            history.progress(journal, batch.get(at).key(), done);
        }
        for (int i = done == 0 ? at : at + 1; i < batch.size(); i++) {
            history.delete(journal, batch.get(i).key());
        }
        org.slf4j.LoggerFactory.getLogger(Recovery.class).warn("A batch of {} migrations ({} to {}) was left open by a "
                + "process that stopped; the live schema shows it stopped after statement {} of {} of {}: {} recorded "
                + "as applied, the rest as not applied{}", batch.size(), batch.get(0).key(),
                batch.get(batch.size() - 1).key(), done, total, batch.get(at).key(), applied.size(),
                done > 0 && done < total ? ", " + batch.get(at).key() + " as between migrations" : "");
    }

    /** Runs the statements that did not run, after the applied prefix was verified against the schema. */
    void resume(Handle h, Handle journal, HistoryRow row) {
        Diagnosis d = diagnose(h, row);
        // Inside an operation the schema cannot be checked; with the error recorded, the journal is exact.
        boolean journalOnly = row.error() != null && stateAt(d.rendered(), d.states(), d.done()) == null;
        if (!d.verified() && !journalOnly) {
            throw new BetweenMigrationsException("Cannot resume " + row.key() + ": the live schema does not match "
                    + "the state after the " + row.stepsDone() + " statements the journal records.\n  - "
                    + String.join("\n  - ", d.notes()) + "\nFix the database by hand, then mark it applied.");
        }
        executor.continueFrom(h, journal, d.rendered(), d.done());
    }

    /** Undoes exactly the operations whose statements ran, in reverse order, and clears the record. */
    void revert(Handle h, Handle journal, HistoryRow row) {
        Diagnosis d = diagnose(h, row);
        RenderedMigration rm = d.rendered();
        if (!d.verified() && stateAt(rm, d.states(), d.done()) == null) {
            throw new BetweenMigrationsException("Cannot revert " + row.key() + " automatically: it stopped inside "
                    + "operation #" + (rm.steps().get(d.done() - 1).operation() + 1) + ", after statement " + d.done()
                    + ". Resume it, or undo that part by hand and mark it applied.");
        }
        if (!d.verified()) {
            throw new BetweenMigrationsException("Cannot revert " + row.key() + ": the live schema does not match "
                    + "the state after the " + row.stepsDone() + " statements the journal records.\n  - "
                    + String.join("\n  - ", d.notes()) + "\nFix the database by hand, then mark it applied.");
        }
        Migration m = rm.migration();
        List<RenderedStep> undo = new ArrayList<>();
        if (d.done() > 0) {
            int lastOp = rm.steps().get(d.done() - 1).operation();
            if (!rm.backwards()) {
                for (int op = lastOp; op >= 0; op--) {
                    add(undo, op, m.operations().get(op).backwards(m.app(), d.states().get(op), dialect), d.states());
                }
            } else {
                for (int op = lastOp; op < m.operations().size(); op++) {
                    add(undo, op, m.operations().get(op).forwards(m.app(), d.states().get(op), dialect), d.states());
                }
            }
        }
        executor.run(h, journal, List.of(new RenderedMigration(m, !rm.backwards(), undo)), false);
    }

    private static void add(List<RenderedStep> out, int op, List<Step> steps, List<ProjectState> states) {
        steps.forEach(s -> out.add(new RenderedStep(op, s, states.get(op))));
    }

    /** Records the migration as done after a fix by hand; refuses when the schema differs, unless forced. */
    void markApplied(Handle h, Handle journal, HistoryRow row, boolean force) {
        Diagnosis d = diagnose(h, row);
        RenderedMigration rm = d.rendered();
        ProjectState target = stateAt(rm, d.states(), rm.steps().size());
        List<String> diff = differences(rm.migration(), d.states(), target, dialect.introspector().read(h));
        if (!diff.isEmpty() && !force) {
            throw new BetweenMigrationsException("Refusing to mark " + row.key() + " " + (rm.backwards()
                    ? "unapplied" : "applied") + ": the live schema differs from its state " + (rm.backwards()
                    ? "before" : "after") + " it:\n  - " + String.join("\n  - ", diff)
                    + "\nFix these, or force it.");
        }
        if (rm.backwards()) {
            history.delete(journal, row.key());
        } else {
            history.write(journal, List.of(HistoryRow.intent(row.key(), rm.migration().checksum(), false,
                    HistoryTable.hashes(rm.sql()), rm.steps().size()).done(0)));
        }
    }
}
