package dev.southward.migrate.introspect;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The tables of the live schema, as read by an {@link Introspector}. */
public final class LiveSchema {
    private final Map<String, LiveTable> tables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public Map<String, LiveTable> tables() {
        return tables;
    }

    public Optional<LiveTable> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** The table, created empty on first use (for introspectors filling the schema row by row). */
    public LiveTable tableOrNew(String name) {
        return tables.computeIfAbsent(name, LiveTable::new);
    }
}
