package dev.southward.migrate.operation;

import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A primary key whose column type changes (int to bigint, as when a framework moves its default id type) takes
 * every foreign key column that references it along, in every app: a reference has its key's type. The key's
 * {@link AlterField} owns the whole change, so it is one operation that recovery finishes or undoes as a whole:
 * where the database refuses to change a referenced key (MySQL, MariaDB) the referencing constraints are dropped
 * first, then the key and every referencing column change, then the constraints are added again.
 */
final class KeyTypeChange {
    private KeyTypeChange() {
    }

    /**
     * Whether a change of a field changes the column type of a primary key.
     *
     * @param from the field before
     * @param to   the field after
     * @return true when both are primary keys of different column types
     */
    static boolean retypes(FieldState from, FieldState to) {
        return from.primaryKey() && to.primaryKey() && !from.sameColumnType(to);
    }

    /**
     * Whether a change of a field changes the column of a primary key in a way a database may refuse while foreign
     * keys reference it: its type, or its auto-increment (MySQL: "Cannot change column 'id': used in a foreign key
     * constraint"). Such a change is rendered by {@link #render}.
     *
     * @param from the field before
     * @param to   the field after
     * @return true when both are primary keys of different column definitions
     */
    static boolean redefines(FieldState from, FieldState to) {
        return from.primaryKey() && to.primaryKey() && !from.sameColumnDefinition(to);
    }

    /**
     * The state in which every foreign key column referencing {@code model} has the column type of {@code key}.
     *
     * @param state the state
     * @param model the referenced model, {@code app.Model}
     * @param key   its (new) primary key
     * @return the changed state
     */
    static ProjectState follow(ProjectState state, String model, FieldState key) {
        ProjectState out = state;
        for (Map.Entry<ModelState, FieldState> ref : state.referencesTo(model)) {
            ModelState current = out.model(ref.getKey().key()).orElseThrow();
            out = out.with(current.replaceField(ref.getValue().name(), f -> f.withColumnType(key)));
        }
        return out;
    }

    /**
     * The statements of a key type change with its references: drop the referencing constraints (unless the
     * database changes a referenced key in place), change the key, change each referencing column, add the
     * constraints again. Used forwards and, with the states swapped, backwards.
     *
     * @param d             the dialect
     * @param from          the state as the database is before
     * @param to            the state as it is after
     * @param model         the model whose key changes, {@code app.Model}
     * @param keyStatements the statements that change the key column itself
     * @return all statements, in order
     */
    static List<String> render(Dialect d, ProjectState from, ProjectState to, String model,
            List<String> keyStatements) {
        List<Map.Entry<ModelState, FieldState>> refs = from.referencesTo(model);
        boolean drop = !d.retypesReferencedKeys();
        List<String> out = new ArrayList<>();
        if (drop) {
            refs.stream().filter(r -> r.getValue().foreignKey().constraint())
                    .forEach(r -> out.addAll(d.dropForeignKeyConstraint(r.getKey(), r.getValue())));
        }
        out.addAll(keyStatements);
        for (Map.Entry<ModelState, FieldState> r : refs) {
            FieldState now = now(to, r).requireField(r.getValue().name());
            if (!r.getValue().sameColumnDefinition(now)) {
                out.addAll(d.alterColumn(r.getKey(), r.getValue(), now, null));
            }
        }
        if (drop) {
            ModelState target = to.model(model).orElseThrow();
            for (Map.Entry<ModelState, FieldState> r : refs) {
                if (r.getValue().foreignKey().constraint()) {
                    ModelState referencing = now(to, r);
                    out.addAll(d.addForeignKeyConstraint(referencing, referencing.requireField(r.getValue().name()),
                            target));
                }
            }
        }
        return out;
    }

    private static ModelState now(ProjectState to, Map.Entry<ModelState, FieldState> ref) {
        return to.model(ref.getKey().key()).orElseThrow(() -> new IllegalStateException(
                "the model " + ref.getKey().key() + " referencing the key is missing after the change"));
    }
}
