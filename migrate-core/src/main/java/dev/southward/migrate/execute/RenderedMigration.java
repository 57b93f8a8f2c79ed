package dev.southward.migrate.execute;

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
 */
public record RenderedMigration(Migration migration, boolean backwards, List<RenderedStep> steps) {
    public RenderedMigration {
        steps = List.copyOf(steps);
    }

    /**
     * Whether the live schema alone shows if statement {@code index} ran: it is one SQL statement that is all of
     * its operations (a single statement, or several operations merged into one), and each of them creates,
     * drops or renames a table, column or index. The executor journals progress only after the other statements
     * (data changes, type changes, the inner statements of an operation); recovery finds how far a run of these
     * got by comparing the live schema with the state after each of them.
     */
    public boolean shownBySchema(int index) {
        RenderedStep step = steps.get(index);
        int op = step.operation();
        if (!(step.step() instanceof Step.Sql)
                || index + 1 < steps.size() && steps.get(index + 1).operation() == op) {
            return false;
        }
        int previous = index > 0 ? steps.get(index - 1).operation() : backwards ? migration.operations().size() : -1;
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

    /** The SQL text of every step. */
    public List<String> sql() {
        return steps.stream().map(s -> s.step().text()).toList();
    }
}
