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

    /**
     * An empty table, filled by an introspector.
     *
     * @param name the table's name as the database reports it
     */
    public LiveTable(String name) {
        this.name = name;
    }

    /**
     * The table's name.
     *
     * @return the name as the database reports it
     */
    public String name() {
        return name;
    }

    /**
     * The columns, by name (case-insensitive); the introspector adds to it.
     *
     * @return the columns
     */
    public Map<String, LiveColumn> columns() {
        return columns;
    }

    /**
     * The primary key's columns, in key order; the introspector adds to it.
     *
     * @return the column names; empty when the table has no primary key
     */
    public List<String> primaryKey() {
        return primaryKey;
    }

    /**
     * The indexes and unique constraints, by name (case-insensitive); the introspector adds to it.
     *
     * @return the indexes
     */
    public Map<String, LiveIndex> indexes() {
        return indexes;
    }

    /**
     * The foreign key constraints, by name (case-insensitive); the introspector adds to it.
     *
     * @return the foreign keys
     */
    public Map<String, LiveForeignKey> foreignKeys() {
        return foreignKeys;
    }
}
