package dev.southward.migrate.introspect;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The tables of the live schema, as read by an {@link Introspector}. */
public final class LiveSchema {
    private final Map<String, LiveTable> tables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /**
     * The tables, by name (case-insensitive).
     *
     * @return the tables read
     */
    public Map<String, LiveTable> tables() {
        return tables;
    }

    /**
     * The table of a name, if the schema has it.
     *
     * @param name the table's name, in any case
     * @return the table, or empty
     */
    public Optional<LiveTable> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /**
     * The table, created empty on first use (for introspectors filling the schema row by row).
     *
     * @param name the table's name
     * @return the table, new and empty the first time
     */
    public LiveTable tableOrNew(String name) {
        return tables.computeIfAbsent(name, LiveTable::new);
    }
}
