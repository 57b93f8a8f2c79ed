package dev.southward.migrate.execute;

import dev.southward.migrate.migration.MigrationKey;

/** Progress callbacks of the executor, e.g. for the Maven plugin's output. All methods default to nothing. */
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

    /** A listener that does nothing. */
    MigrationListener NONE = new MigrationListener() { };
}
