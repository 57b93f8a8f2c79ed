package dev.southward.migrate;

import dev.southward.migrate.migration.MigrationKey;
import java.util.List;

/**
 * What a migrate run did.
 *
 * @param steps         each migration applied or unapplied, in order
 * @param deletedGhosts ghost migrations whose history rows the run deleted ({@code delete-ghost-migrations})
 * @param ignoredGhosts ghost migrations the run went on despite ({@code ignore-ghost-migrations})
 */
public record MigrateResult(List<Done> steps, List<MigrationKey> deletedGhosts, List<MigrationKey> ignoredGhosts) {
    /**
     * Copies the lists.
     *
     * @param steps         each migration applied or unapplied, in order
     * @param deletedGhosts ghost migrations whose history rows the run deleted ({@code delete-ghost-migrations})
     * @param ignoredGhosts ghost migrations the run went on despite ({@code ignore-ghost-migrations})
     */
    public MigrateResult {
        steps = List.copyOf(steps);
        deletedGhosts = List.copyOf(deletedGhosts);
        ignoredGhosts = List.copyOf(ignoredGhosts);
    }

    /**
     * A run that touched no ghost migration.
     *
     * @param steps each migration applied or unapplied, in order
     */
    public MigrateResult(List<Done> steps) {
        this(steps, List.of(), List.of());
    }

    /** @return whether no migration was applied or unapplied (ghost rows may still have been deleted) */
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
