package dev.southward.migrate.operation;

import dev.southward.migrate.state.ProjectState;
import org.jdbi.v3.core.Handle;

/** A data migration used by the round-trip test: adds one page to every book, and takes it away again. */
public class CountPages implements DataMigration {
    @Override
    public void forwards(Handle handle, ProjectState state) {
        String table = state.requireModel("lib", "Book").table();
        handle.execute(q(handle, "UPDATE \"" + table + "\" SET \"pages\" = \"pages\" + 1"));
    }

    @Override
    public void backwards(Handle handle, ProjectState state) {
        String table = state.requireModel("lib", "Book").table();
        handle.execute(q(handle, "UPDATE \"" + table + "\" SET \"pages\" = \"pages\" - 1"));
    }

    private static String q(Handle handle, String sql) {
        try {
            return sql.replace("\"", handle.getConnection().getMetaData().getIdentifierQuoteString());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
