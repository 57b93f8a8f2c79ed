package dev.southward.migrate.execute;

import dev.southward.migrate.migration.Migration;
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

    /** The SQL text of every step. */
    public List<String> sql() {
        return steps.stream().map(s -> s.step().text()).toList();
    }
}
