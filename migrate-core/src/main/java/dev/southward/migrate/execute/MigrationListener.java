package dev.southward.migrate.execute;

import dev.southward.migrate.MigrateResult;
import dev.southward.migrate.migration.MigrationKey;

/**
 * Progress callbacks of a migrate run, e.g. for the Maven plugin's output. All methods default to nothing; the
 * default listener of {@code Southward} is {@link dev.southward.migrate.LoggingListener}.
 */
public interface MigrationListener {
    /** Before a migration's first statement. */
    default void started(MigrationKey key, boolean backwards, int statements) {
    }

    /** Before each statement. */
    default void statement(MigrationKey key, int index, String sql) {
    }

    /** After a migration completed. */
    default void finished(MigrationKey key, boolean backwards, long millis, boolean fake) {
    }

    /**
     * At the end of every {@code migrate} call, also when nothing was pending.
     *
     * @param result what the run did
     */
    default void completed(MigrateResult result) {
    }

    /** A listener that does nothing. */
    MigrationListener NONE = new MigrationListener() { };
}
