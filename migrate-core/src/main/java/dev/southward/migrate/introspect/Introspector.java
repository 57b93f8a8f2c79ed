package dev.southward.migrate.introspect;

import org.jdbi.v3.core.Handle;

/** Reads the whole live schema of the connection's current database in a constant number of queries. */
public interface Introspector {
    /**
     * Reads the tables, columns, primary keys, indexes and foreign keys.
     *
     * @param handle the connection whose current schema is read
     * @return the live schema
     */
    LiveSchema read(Handle handle);
}
