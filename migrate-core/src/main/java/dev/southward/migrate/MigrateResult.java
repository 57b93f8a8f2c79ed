package dev.southward.migrate;

import dev.southward.migrate.migration.MigrationKey;
import java.util.List;

/**
 * What a migrate run did.
 *
 * @param steps each migration applied or unapplied, in order
 */
public record MigrateResult(List<Done> steps) {
    public MigrateResult {
        steps = List.copyOf(steps);
    }

    public boolean nothingToDo() {
        return steps.isEmpty();
    }

    /**
     * One migration applied or unapplied.
     *
     * @param key       the migration
     * @param backwards whether it was unapplied
     * @param millis    how long it took
     * @param fake      whether only the history was changed
     */
    public record Done(MigrationKey key, boolean backwards, long millis, boolean fake) {
    }
}
