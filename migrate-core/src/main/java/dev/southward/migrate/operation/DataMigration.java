package dev.southward.migrate.operation;

import dev.southward.migrate.state.ProjectState;
import org.jdbi.v3.core.Handle;

/**
 * A hand-written data migration, referenced by a {@code run_java} operation and found on the classpath. It needs a
 * public no-argument constructor. {@code state} is the frozen model state at that point of the migration graph,
 * not today's model classes, so old migrations keep working when models change.
 */
public interface DataMigration {
    /**
     * Changes the data forwards, e.g. fills a new column from old ones.
     *
     * @param handle the connection of the migration's other statements
     * @param state  the model state at this point of the migration graph
     */
    void forwards(Handle handle, ProjectState state);

    /**
     * Undoes {@link #forwards}. Mark the operation {@code "reversible": false} when that is impossible.
     *
     * @param handle the connection of the migration's other statements
     * @param state  the model state at this point of the migration graph
     */
    void backwards(Handle handle, ProjectState state);
}
