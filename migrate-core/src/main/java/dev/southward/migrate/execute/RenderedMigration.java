package dev.southward.migrate.execute;

import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.AddIndex;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.DeleteModel;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.operation.RemoveField;
import dev.southward.migrate.operation.RemoveIndex;
import dev.southward.migrate.operation.RenameField;
import dev.southward.migrate.operation.Step;
import java.util.List;

/**
 * A migration rendered for one direction: every statement it will run, known before anything runs.
 *
 * @param migration  the migration
 * @param backwards  whether it is unapplied
 * @param steps      the statements, in execution order
 * @param from       the first operation rendered (0 unless only part of the migration is run: see below)
 * @param to         one past the last operation rendered
 * @param undo       whether this run undoes part of a run in the other direction (recovery's revert)
 *
 * <p>Recovery runs part of a migration: undoing a forwards run that stopped after operation {@code p - 1} runs
 * operations {@code [0, p)} backwards, and undoing a backwards run that stopped before operation {@code p} runs
 * operations {@code [p, n)} forwards. A forwards range always ends at the last operation and a backwards range
 * always starts at the first, so the range's other end says where the database stood when it started.
 */
public record RenderedMigration(Migration migration, boolean backwards, List<RenderedStep> steps, int from, int to,
        boolean undo) {
    /**
     * Copies the steps.
     *
     * @param migration the migration
     * @param backwards whether it is unapplied
     * @param steps     the statements, in execution order
     * @param from      the first operation rendered (0 unless only part of the migration is run)
     * @param to        one past the last operation rendered
     * @param undo      whether this run undoes part of a run in the other direction (recovery's revert)
     */
    public RenderedMigration {
        steps = List.copyOf(steps);
    }

    /**
     * All of the migration's operations in one direction.
     *
     * @param migration the migration
     * @param backwards whether it is unapplied
     * @param steps     the statements of all its operations, in execution order
     */
    public RenderedMigration(Migration migration, boolean backwards, List<RenderedStep> steps) {
        this(migration, backwards, steps, 0, migration.operations().size(), false);
    }

    /**
     * This rendering, run to undo part of a run in the other direction.
     *
     * @return a copy marked as an undo, journaled with the {@code /undo} status
     */
    public RenderedMigration asUndo() {
        return new RenderedMigration(migration, backwards, steps, from, to, true);
    }

    /**
     * The journal's status for a run of this rendering, with or without the running mark.
     *
     * @param running true while a statement runs whose effect the live schema may not show
     * @return the status to write into the history row
     */
    public String status(boolean running) {
        return HistoryRow.status(backwards, undo, running);
    }

    /**
     * Whether this renders every operation of the migration.
     *
     * @return true unless only a range of the operations is rendered (recovery)
     */
    public boolean complete() {
        return from == 0 && to == migration.operations().size();
    }

    /**
     * The index of the state (0 before the first operation, n after the last) the database is in after
     * {@code done} statements, or -1 when that is inside an operation.
     *
     * @param done how many statements ran
     * @return the state index, or -1 when the database stands inside an operation
     */
    public int stateIndex(int done) {
        if (done == 0) {
            return backwards ? to : from;
        }
        if (done > steps.size()
                || done < steps.size() && steps.get(done).operation() == steps.get(done - 1).operation()) {
            return -1;
        }
        if (done == steps.size()) {
            return backwards ? from : to;
        }
        int op = steps.get(done - 1).operation();
        return backwards ? op : op + 1;
    }

    /**
     * Whether the live schema alone shows if statement {@code index} ran: it is one SQL statement that is all of
     * its operations (a single statement, or several operations merged into one), and each of them creates,
     * drops or renames a table, column or index. The executor journals progress only after the other statements
     * (data changes, type changes, the inner statements of an operation); recovery finds how far a run of these
     * got by comparing the live schema with the state after each of them.
     *
     * @param index the statement's position in {@link #steps()}, from 0
     * @return true when comparing the live schema with the states before and after it tells whether it ran
     */
    public boolean shownBySchema(int index) {
        RenderedStep step = steps.get(index);
        int op = step.operation();
        if (!(step.step() instanceof Step.Sql)
                || index + 1 < steps.size() && steps.get(index + 1).operation() == op) {
            return false;
        }
        int previous = index > 0 ? steps.get(index - 1).operation() : backwards ? to : from - 1;
        if (previous == op) {
            return false;
        }
        // The operations this statement completes, including any that rendered no statement of their own.
        int from = backwards ? op : previous + 1;
        int to = backwards ? previous - 1 : op;
        for (int o = from; o <= to; o++) {
            if (!shown(migration.operations().get(o))) {
                return false;
            }
        }
        return true;
    }

    private static boolean shown(Operation o) {
        return o instanceof CreateModel || o instanceof DeleteModel || o instanceof AddField
                || o instanceof RemoveField || o instanceof RenameField || o instanceof AddIndex
                || o instanceof RemoveIndex;
    }

    /**
     * The SQL text of every step.
     *
     * @return the statements, in execution order
     */
    public List<String> sql() {
        return steps.stream().map(s -> s.step().text()).toList();
    }
}
