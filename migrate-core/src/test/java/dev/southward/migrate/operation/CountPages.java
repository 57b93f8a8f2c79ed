package dev.southward.migrate.operation;

import dev.southward.migrate.state.ProjectState;
import org.jdbi.v3.core.Handle;

/**
 * A data migration used by the round-trip test: adds one page to every book, and takes it away again. Its SQL names
 * the table unquoted, as users write it: H2 and MySQL both find the table Southward created.
 */
public class CountPages implements DataMigration {
    @Override
    public void forwards(Handle handle, ProjectState state) {
        handle.execute("UPDATE " + state.requireModel("lib", "Book").table() + " SET pages = pages + 1");
    }

    @Override
    public void backwards(Handle handle, ProjectState state) {
        handle.execute("UPDATE " + state.requireModel("lib", "Book").table() + " SET pages = pages - 1");
    }
}
