package dev.southward.migrate.execute;

import dev.southward.migrate.MigrateResult;
import dev.southward.migrate.migration.MigrationKey;

/**
 * Progress callbacks of a migrate run, e.g. for the Maven plugin's output. All methods default to nothing; the
 * default listener of {@code Southward} is {@link dev.southward.migrate.LoggingListener}.
 */
public interface MigrationListener {
    /**
     * Before a migration's first statement.
     *
     * @param key        the migration
     * @param backwards  true when it is being unapplied
     * @param statements how many statements it will run
     */
    default void started(MigrationKey key, boolean backwards, int statements) {
    }

    /**
     * Before each statement.
     *
     * @param key   the migration
     * @param index the statement's position in the migration, from 0
     * @param sql   the statement as it is sent to the database
     */
    default void statement(MigrationKey key, int index, String sql) {
    }

    /**
     * After a migration completed.
     *
     * @param key       the migration
     * @param backwards true when it was unapplied
     * @param millis    how long it took
     * @param fake      true when it was only recorded, without running its statements
     */
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
