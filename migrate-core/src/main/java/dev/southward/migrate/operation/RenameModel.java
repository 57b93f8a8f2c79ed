package dev.southward.migrate.operation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renames a model and its table (to {@code table}). Foreign keys pointing at it follow in the state; the database
 * keeps them pointing at the renamed table.
 */
@JsonPropertyOrder({"from", "to", "table"})
public record RenameModel(String from, String to, String table) implements Operation {

    @Override
    public ProjectState apply(String app, ProjectState before) {
        ModelState m = before.requireModel(app, from);
        if (!from.equals(to) && before.model(app, to).isPresent()) {
            throw new IllegalStateException("model " + app + "." + to + " already exists");
        }
        ModelState renamed = m.withName(to, table);
        return retarget(before.without(m.key()).with(renamed), m.key(), renamed.key());
    }

    /** Points every foreign key to {@code oldKey} at {@code newKey} (a renamed or moved model). */
    static ProjectState retarget(ProjectState state, String oldKey, String newKey) {
        ProjectState after = state;
        for (Map.Entry<ModelState, ?> e : state.referencesTo(oldKey)) {
            ModelState referencing = after.model(e.getKey().key()).orElseThrow();
            for (var f : referencing.fields()) {
                if (f.foreignKey() != null && f.foreignKey().model().equals(oldKey)) {
                    referencing = referencing.replaceField(f.name(), x -> x.withForeignKey(
                            x.foreignKey().withModel(newKey)));
                }
            }
            after = after.with(referencing);
        }
        return after;
    }

    @Override
    public List<Step> forwards(String app, ProjectState before, Dialect dialect) {
        if (!Managed.table(before, app, from)) {
            return List.of();
        }
        return Step.sql(rename(dialect, before.requireModel(app, from), apply(app, before).requireModel(app, to),
                apply(app, before)));
    }

    @Override
    public List<Step> backwards(String app, ProjectState before, Dialect dialect) {
        if (!Managed.table(before, app, from)) {
            return List.of();
        }
        return Step.sql(rename(dialect, apply(app, before).requireModel(app, to), before.requireModel(app, from),
                before));
    }

    static List<String> rename(Dialect d, ModelState old, ModelState renamed, ProjectState target) {
        List<String> out = new ArrayList<>();
        if (old.table().equals(renamed.table())) {
            return out;
        }
        // Names of field-level indexes and foreign keys derive from the table: recreate them under the new names.
        out.addAll(FieldSql.dropAllExtras(d, old));
        out.addAll(d.renameTable(old.table(), renamed.table()));
        out.addAll(FieldSql.allExtras(d, renamed, target));
        return out;
    }

    @Override
    public String describe(String app) {
        return "rename model " + app + "." + from + " to " + to;
    }

    @Override
    public String slug() {
        return "rename_" + FieldSql.lower(from) + "_to_" + FieldSql.lower(to);
    }

    @Override
    public List<Precondition> preconditions(String app, ProjectState before) {
        if (!Managed.table(before, app, from)) {
            return List.of();
        }
        return List.of(Precondition.of(Precondition.Kind.TABLE_EXISTS, before.requireModel(app, from).table()),
                Precondition.of(Precondition.Kind.TABLE_ABSENT, table));
    }
}
