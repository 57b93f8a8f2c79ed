package dev.southward.migrate.introspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One table of the live schema. Lookups by name ignore case, as the databases we support do. */
public final class LiveTable {
    private final String name;
    private final Map<String, LiveColumn> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<String> primaryKey = new ArrayList<>();
    private final Map<String, LiveIndex> indexes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, LiveForeignKey> foreignKeys = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public LiveTable(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public Map<String, LiveColumn> columns() {
        return columns;
    }

    public List<String> primaryKey() {
        return primaryKey;
    }

    public Map<String, LiveIndex> indexes() {
        return indexes;
    }

    public Map<String, LiveForeignKey> foreignKeys() {
        return foreignKeys;
    }
}
