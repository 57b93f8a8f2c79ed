package dev.southward.migrate.introspect;

import org.jdbi.v3.core.Handle;

/** Reads the whole live schema of the connection's current database in a constant number of queries. */
public interface Introspector {
    LiveSchema read(Handle handle);
}
