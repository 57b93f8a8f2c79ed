package dev.southward.migrate.introspect;

import dev.southward.migrate.dialect.ConstraintNames;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares models of a state with the live schema and lists every difference, e.g.
 * {@code images.Image: column 'caption' is missing from table images_image}.
 */
public final class SchemaComparator {
    private final Dialect dialect;

    /**
     * A comparator for one database.
     *
     * @param dialect the database's dialect, which gives the canonical types, defaults and delete rules to compare
     */
    public SchemaComparator(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Differences between the models of {@code state} and the live schema; empty when they agree.
     *
     * @param state the expected state
     * @param live  the live schema, read by the dialect's introspector
     * @return one message per difference (missing or unexpected tables, columns, indexes, keys, types)
     */
    public List<String> differences(ProjectState state, LiveSchema live) {
        return differences(state, state.models().values(), live);
    }

    /**
     * Differences for some models of {@code state} (which resolves their foreign keys).
     *
     * @param state  the expected state, which resolves foreign keys
     * @param models the models compared
     * @param live   the live schema, read by the dialect's introspector
     * @return one message per difference; empty when they agree
     */
    public List<String> differences(ProjectState state, java.util.Collection<ModelState> models, LiveSchema live) {
        List<String> out = new ArrayList<>();
        for (ModelState model : models) {
            if (!model.isManaged()) {
                continue; // another owner's table: only the foreign keys pointing at it are ours to check
            }
            LiveTable table = live.table(model.table()).orElse(null);
            if (table == null) {
                out.add(model.key() + ": table " + model.table() + " is missing");
                continue;
            }
            compareColumns(model, table, out);
            compareIndexes(model, table, out);
            compareForeignKeys(model, state, table, out);
        }
        return out;
    }

    private void compareColumns(ModelState model, LiveTable table, List<String> out) {
        String where = model.key() + ": ";
        for (FieldState f : model.fields()) {
            LiveColumn c = table.columns().get(f.column());
            if (c == null) {
                out.add(where + "column '" + f.column() + "' is missing from table " + model.table());
                continue;
            }
            String expected = dialect.canonicalType(f);
            if (!expected.equalsIgnoreCase(c.type())) {
                out.add(where + "column '" + f.column() + "' is " + c.type() + ", expected " + expected);
            }
            if (c.nullable() != f.nullable()) {
                out.add(where + "column '" + f.column() + "' is " + (c.nullable() ? "NULL" : "NOT NULL")
                        + ", expected " + (f.nullable() ? "NULL" : "NOT NULL"));
            }
            String expectedDefault = f.defaultValue() == null ? null : dialect.defaultText(f, f.defaultValue());
            if (!f.autoIncrement() && !DefaultValues.same(f.type(), expectedDefault, c.defaultValue())) {
                out.add(where + "column '" + f.column() + "' has default " + c.defaultValue() + ", expected "
                        + expectedDefault);
            }
        }
        for (String column : table.columns().keySet()) {
            if (model.fields().stream().noneMatch(f -> f.column().equalsIgnoreCase(column))) {
                out.add(where + "table " + model.table() + " has column '" + column + "' that no field declares");
            }
        }
        List<String> pk = model.primaryKey().stream().map(FieldState::column).toList();
        if (!pk.stream().map(String::toLowerCase).toList()
                .equals(table.primaryKey().stream().map(String::toLowerCase).toList())) {
            out.add(where + "primary key is " + table.primaryKey() + ", expected " + pk);
        }
    }

    private void compareIndexes(ModelState model, LiveTable table, List<String> out) {
        Map<String, LiveIndex> expected = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (FieldState f : model.fields()) {
            if (f.unique()) {
                String n = ConstraintNames.unique(model, f);
                expected.put(n, new LiveIndex(n, List.of(f.column()), true));
            }
            if (f.indexed()) {
                String n = ConstraintNames.index(model, f);
                expected.put(n, new LiveIndex(n, List.of(f.column()), false));
            }
            if (f.foreignKey() != null && !f.foreignKey().constraint()) {
                // Without a constraint the key's index is an index like any other; with one it belongs to the key.
                String n = ConstraintNames.foreignKey(model, f);
                expected.put(n, new LiveIndex(n, List.of(f.column()), false));
            }
        }
        for (IndexState i : model.indexes()) {
            expected.put(i.name(), new LiveIndex(i.name(), i.fields().stream().map(model::column).toList(), i.unique()));
        }
        String where = model.key() + ": ";
        expected.forEach((name, e) -> {
            LiveIndex l = table.indexes().get(name);
            if (l == null) {
                out.add(where + "index " + name + " is missing");
            } else if (l.unique() != e.unique() || !lower(l.columns()).equals(lower(e.columns()))) {
                out.add(where + "index " + name + " is " + describe(l) + ", expected " + describe(e));
            }
        });
        table.indexes().keySet().stream().filter(n -> !expected.containsKey(n))
                .forEach(n -> out.add(where + "table " + model.table() + " has index " + n + " that no model declares"));
    }

    private void compareForeignKeys(ModelState model, ProjectState state, LiveTable table, List<String> out) {
        String where = model.key() + ": ";
        List<String> expectedNames = new ArrayList<>();
        for (FieldState f : model.fields()) {
            if (f.foreignKey() == null || !f.foreignKey().constraint()) {
                continue;
            }
            String name = ConstraintNames.foreignKey(model, f);
            expectedNames.add(name.toLowerCase());
            LiveForeignKey fk = table.foreignKeys().get(name);
            ModelState target = state.model(f.foreignKey().model()).orElse(null);
            if (fk == null) {
                out.add(where + "foreign key " + name + " on '" + f.column() + "' is missing");
            } else if (target != null && (!fk.targetTable().equalsIgnoreCase(target.table())
                    || !fk.column().equalsIgnoreCase(f.column())
                    || !dialect.foreignKeyRule(f.foreignKey().onDelete()).equalsIgnoreCase(fk.onDelete()))) {
                out.add(where + "foreign key " + name + " is " + fk.column() + " -> " + fk.targetTable() + " ON DELETE "
                        + fk.onDelete() + ", expected " + f.column() + " -> " + target.table() + " ON DELETE "
                        + f.foreignKey().onDelete().sql());
            }
        }
        table.foreignKeys().keySet().stream().filter(n -> !expectedNames.contains(n.toLowerCase()))
                .forEach(n -> out.add(where + "table " + model.table() + " has foreign key " + n
                        + " that no model declares"));
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(String::toLowerCase).toList();
    }

    private static String describe(LiveIndex i) {
        return (i.unique() ? "UNIQUE " : "") + "(" + String.join(", ", i.columns()) + ")";
    }
}
