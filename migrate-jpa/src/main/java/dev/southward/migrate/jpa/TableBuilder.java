package dev.southward.migrate.jpa;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The fields and indexes of one table as they are found; a column met twice must have one definition. */
final class TableBuilder {
    private final String app;
    private final String model;
    private final String table;
    private final String joinFor;
    private final List<String> problems;
    private final Map<String, FieldState> byColumn = new LinkedHashMap<>();
    private final List<IndexState> indexes = new ArrayList<>();

    TableBuilder(String app, String model, String table, String joinFor, List<String> problems) {
        this.app = app;
        this.model = model;
        this.table = table;
        this.joinFor = joinFor;
        this.problems = problems;
        check(table, "table name of " + app + "." + model);
    }

    String table() {
        return table;
    }

    /**
     * Adds a column. The same column from two places (two SINGLE_TABLE subclasses mapping one column) is fine when
     * both define it alike; else it is an error naming both.
     */
    void add(FieldState field, String where) {
        check(field.column(), where + ": column name");
        FieldState previous = byColumn.putIfAbsent(field.column().toLowerCase(Locale.ROOT), field);
        if (previous != null && !(previous.sameColumnDefinition(field)
                && java.util.Objects.equals(previous.foreignKey(), field.foreignKey()))) {
            problems.add(where + ": column '" + field.column() + "' of table " + table
                    + " is mapped twice with different definitions (" + previous.describe() + ", " + field.describe() + ")");
        }
    }

    /** The physical columns so far, in the order they were added. */
    List<String> columns() {
        return byColumn.values().stream().map(FieldState::column).toList();
    }

    /** The field that maps a physical column, or null. */
    FieldState byColumn(String column) {
        return byColumn.get(column.toLowerCase(Locale.ROOT));
    }

    /**
     * Adds a composite index or unique constraint over physical columns.
     *
     * @param name    the name, or empty for a derived one
     * @param columns the physical columns
     * @param unique  whether it is unique
     * @param where   the class it is declared on, for messages
     */
    void index(String name, List<String> columns, boolean unique, String where) {
        List<String> fields = new ArrayList<>();
        for (String c : columns) {
            FieldState f = byColumn(c);
            if (f == null) {
                problems.add(where + ": " + (unique ? "unique constraint" : "index") + " names column '" + c
                        + "', which table " + table + " does not have");
                return;
            }
            fields.add(f.name());
        }
        String indexName = name.isEmpty() ? Names.derived(table, columns, unique ? "uniq" : "idx") : name;
        check(indexName, where + ": index name");
        indexes.add(new IndexState(indexName, fields, unique));
    }

    ModelState build() {
        return new ModelState(app, model, table, List.copyOf(byColumn.values()), indexes, true, joinFor);
    }

    private void check(String identifier, String what) {
        String problem = Names.identifierProblem(identifier);
        if (problem != null) {
            problems.add(what + " " + problem);
        }
    }
}
