package dev.southward.migrate.recovery;

import dev.southward.migrate.BetweenMigrationsException;
import dev.southward.migrate.MigrationFailedException;
import dev.southward.migrate.StatementOutcome;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.execute.Batches;
import dev.southward.migrate.execute.Executor;
import dev.southward.migrate.execute.PlanRenderer;
import dev.southward.migrate.execute.RenderedMigration;
import dev.southward.migrate.execute.StateReplayer;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.history.HistoryTable;
import dev.southward.migrate.introspect.LiveSchema;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ways out of a migration left between migrations: settle what the schema proves, resume, revert, mark
 * applied. Each is itself journaled like any run, so a process killed during recovery leaves a row that the
 * next recovery understands: resume always heads for the end the migration's own command was heading for, revert
 * for where that command started, and running either again finishes it.
 */
public final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);
    private final MigrationGraph graph;
    private final Dialect dialect;
    private final HistoryTable history;
    private final PlanRenderer renderer;
    private final Executor executor;
    private final Diagnoser diagnoser;

    /**
     * {@code executor} may be null for reading only (diagnose, settle).
     *
     * @param graph    the migrations, as they apply to the history being recovered
     * @param dialect  the database's dialect, whose introspector reads the live schema
     * @param history  the history table holding the unfinished row
     * @param renderer renders a migration's statements from the state before it
     * @param executor runs the statements of resume and revert, or null when recovery only reads and settles
     */
    public Recovery(MigrationGraph graph, Dialect dialect, HistoryTable history, PlanRenderer renderer,
            Executor executor) {
        this.graph = graph;
        this.dialect = dialect;
        this.history = history;
        this.renderer = renderer;
        this.executor = executor;
        this.diagnoser = new Diagnoser(graph, dialect, renderer);
    }

    /**
     * Where an unfinished migration stopped, as far as journal and schema tell.
     *
     * @param h   the connection to read the live schema on
     * @param row the history row of the migration left between migrations
     * @return how far it got, how certain that is, and the states it passed through
     * @throws BetweenMigrationsException when its file is gone or no longer renders the statements the journal recorded
     */
    public Diagnosis diagnose(Handle h, HistoryRow row) {
        return diagnoser.diagnose(h, row);
    }

    /**
     * Settles a journal left open by a process that stopped, when the schema proves the migration did not start
     * or fully completed; returns whether it did.
     *
     * @param h       the connection to read the live schema on
     * @param journal the connection that writes the history
     * @param row     the history row left open
     * @return true when the row was settled (deleted or recorded as applied); false when it needs a person's decision
     */
    public boolean settle(Handle h, Handle journal, HistoryRow row) {
        if (row.error() != null || !graph.contains(row.key())) {
            return false;
        }
        Diagnosis d;
        try {
            d = diagnose(h, row);
        } catch (BetweenMigrationsException e) {
            return false; // reported with the rest of the explanation
        }
        int index = d.verified() ? d.rendered().stateIndex(d.done()) : -1;
        int n = d.rendered().migration().operations().size();
        if (index != 0 && index != n) {
            return false;
        }
        if (index == 0) {
            history.delete(journal, row.key());
        } else {
            history.write(journal, List.of(HistoryRow.intent(row.key(), d.rendered().migration().checksum(), false,
                    null, 0).done(0)));
        }
        LOG.warn("{} was left open by a process that stopped; the live schema shows it {}: recorded as {}",
                row.key(), index == 0 ? "not applied (nothing of it ran, or all of it was undone)"
                        : "applied (all of it ran)", index == 0 ? "not applied" : "applied");
        return true;
    }

    /**
     * Settles migrations a process left open together as one batch ({@code execute.Batches}: forwards, every
     * statement shown by the schema, nothing journaled past the intent): finds in the live schema how far the
     * batch got, records the migrations before that point as applied and forgets the ones after it; the one it
     * stopped inside, if any, stays open with its statements done, to be explained, resumed or reverted like any
     * other. Returns false, writing nothing, when the rows are not such a batch or the schema matches no point.
     *
     * @param h       the connection to read the live schema on
     * @param journal the connection that writes the history
     * @param rows    the history rows left open
     * @return true when the batch was settled and the history changed; false when nothing was written
     */
    public boolean settleBatch(Handle h, Handle journal, List<HistoryRow> rows) {
        List<HistoryRow> batch = new ArrayList<>(rows);
        batch.sort(java.util.Comparator.comparingInt(r -> graph.order().indexOf(r.key())));
        List<RenderedMigration> rendered = new ArrayList<>();
        List<List<ProjectState>> states = new ArrayList<>();
        List<ProjectState> all = new ArrayList<>();
        ProjectState state = null;
        for (int i = 0; i < batch.size(); i++) {
            HistoryRow row = batch.get(i);
            if (batch.size() < 2 || row.reverting() || row.undo() || row.running() || row.error() != null || row.stepsDone() != 0
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
                int index = rm.stateIndex(done);
                if (index >= 0 && diagnoser.differences(rm.migration(), all, states.get(i).get(index), live).isEmpty()) {
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
            history.progress(journal, batch.get(at).key(), done, rendered.get(at).status(false));
        }
        for (int i = done == 0 ? at : at + 1; i < batch.size(); i++) {
            history.delete(journal, batch.get(i).key());
        }
        LOG.warn("A batch of {} migrations ({} to {}) was left open by a "
                + "process that stopped; the live schema shows it stopped after statement {} of {} of {}: {} recorded "
                + "as applied, the rest as not applied{}", batch.size(), batch.get(0).key(),
                batch.get(batch.size() - 1).key(), done, total, batch.get(at).key(), applied.size(),
                done > 0 && done < total ? ", " + batch.get(at).key() + " as between migrations" : "");
    }

    /**
     * Finishes what the migration's own command was doing (apply or unapply), from where it stopped.
     *
     * @param outcome the answer when the outcome of the statement running at the stop is unknown, else null
     * @param h       the connection the statements run on
     * @param journal the connection that writes the history
     * @param row     the history row of the migration left between migrations
     * @throws BetweenMigrationsException when the live schema does not show where it stopped, or the outcome is
     *         unknown and not given
     * @throws MigrationFailedException when a statement fails again; the row then records the new position
     */
    public void resume(Handle h, Handle journal, HistoryRow row, StatementOutcome outcome) {
        Diagnosis d = diagnose(h, row);
        moveTo(h, journal, d, position(d, outcome, "resume"), d.originallyForwards());
    }

    /**
     * Undoes what ran, back to where the migration's own command started.
     *
     * @param h       the connection the statements run on
     * @param journal the connection that writes the history
     * @param row     the history row of the migration left between migrations
     * @param outcome the answer when the outcome of the statement running at the stop is unknown, else null
     * @throws BetweenMigrationsException when the live schema does not show where it stopped, or the outcome is
     *         unknown and not given
     * @throws MigrationFailedException when a statement of the undo fails; the row then records the new position
     */
    public void revert(Handle h, Handle journal, HistoryRow row, StatementOutcome outcome) {
        Diagnosis d = diagnose(h, row);
        moveTo(h, journal, d, position(d, outcome, "revert"), !d.originallyForwards());
    }

    /** Statements of the diagnosed run done, settling an unknown outcome with the user's answer. */
    private static int position(Diagnosis d, StatementOutcome outcome, String action) {
        HistoryRow row = d.row();
        switch (d.certainty()) {
            case VERIFIED, JOURNAL:
                return d.done();
            case UNKNOWN_OUTCOME:
                if (outcome == null) {
                    throw new BetweenMigrationsException("Cannot " + action + " " + row.key() + " on its own: "
                            + String.join(" ", d.notes()) + "\n" + BetweenMigrations.choices(d));
                }
                return outcome == StatementOutcome.TOOK_EFFECT ? d.done() + 1 : d.done();
            default:
                throw new BetweenMigrationsException("Cannot " + action + " " + row.key() + ": the live schema does "
                        + "not match the state after the " + row.stepsDone() + " statements the journal records"
                        + (row.running() ? ", nor after the next one" : "") + ".\n  - " + String.join("\n  - ",
                        d.notes()) + "\n" + BetweenMigrations.byHand(d));
        }
    }

    /**
     * From {@code done} statements of the diagnosed run, runs on to the migration applied ({@code applied}) or
     * not applied: the rest of the run if it heads there, else (after finishing the operation it stopped inside)
     * the part of the migration that ran, in the other direction.
     */
    private void moveTo(Handle h, Handle journal, Diagnosis d, int done, boolean applied) {
        RenderedMigration rm = d.rendered();
        int total = rm.steps().size();
        if (rm.backwards() != applied) {
            executor.continueFrom(h, journal, rm, done, total);
            return;
        }
        int index = rm.stateIndex(done);
        if (index < 0) {
            // Stopped inside an operation: finish it, the statements its author wrote; if one of them fails, run
            // the operation's other direction from where it stopped instead.
            int end = done;
            while (rm.stateIndex(end) < 0) {
                end++;
            }
            try {
                executor.continueFrom(h, journal, rm, done, end);
                index = rm.stateIndex(end);
            } catch (MigrationFailedException e) {
                if (Executor.connectionLost(e)) {
                    throw e;
                }
                int op = rm.steps().get(done).operation();
                LOG.warn("Could not finish operation #{} of {} ({}); undoing the part of it that ran instead",
                        op + 1, rm.migration().key(), e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                index = rm.backwards() ? op : op + 1;
            }
        }
        Migration m = rm.migration();
        ProjectState before = d.states().get(0);
        RenderedMigration back = applied ? renderer.render(m, false, before, index, m.operations().size())
                : renderer.render(m, true, before, 0, index);
        executor.run(h, journal, List.of(applied != d.originallyForwards() ? back.asUndo() : back), false);
    }

    /**
     * Records the run as done after a fix by hand (the migration applied, or for a run heading backwards, not
     * applied); refuses when the schema differs from that state, unless forced.
     *
     * @param h       the connection to read the live schema on
     * @param journal the connection that writes the history
     * @param row     the history row of the migration left between migrations
     * @param force   true to record it without comparing the live schema
     * @throws BetweenMigrationsException when, without {@code force}, the live schema differs from the recorded state
     */
    public void markApplied(Handle h, Handle journal, HistoryRow row, boolean force) {
        boolean backwards = row.reverting();
        if (!force) {
            Diagnosis d = diagnose(h, row);
            RenderedMigration rm = d.rendered();
            backwards = rm.backwards();
            ProjectState target = d.states().get(rm.stateIndex(rm.steps().size()));
            List<String> diff = diagnoser.differences(rm.migration(), d.states(), target,
                    dialect.introspector().read(h));
            if (!diff.isEmpty()) {
                throw new BetweenMigrationsException("Refusing to mark " + row.key() + " " + (backwards
                        ? "unapplied" : "applied") + ": the live schema differs from its state " + (backwards
                        ? "before" : "after") + " it:\n  - " + String.join("\n  - ", diff)
                        + "\nFix these, or force it (mvn migrate:migrate -Dmark-applied -Dforce).");
            }
        } else {
            LOG.warn("{} recorded as {} by force, without comparing the schema", row.key(),
                    backwards ? "not applied" : "applied");
        }
        if (backwards) {
            history.delete(journal, row.key());
        } else {
            String checksum = graph.contains(row.key()) ? graph.get(row.key()).checksum() : row.checksum();
            history.write(journal, List.of(HistoryRow.intent(row.key(), checksum, false, null, 0).done(0)));
        }
    }
}
