package dev.southward.migrate.operation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;

/**
 * Renames a field and its column (to {@code column}). Indexes and the foreign key whose names derive from the
 * column are recreated under their new names, so names always follow the model.
 */
@JsonPropertyOrder({"model", "from", "to", "column"})
public record RenameField(String model, String from, String to, String column) implements Operation {

    @Override
    public ProjectState apply(String app, ProjectState before) {
        ModelState m = before.requireModel(app, model);
        m.requireField(from);
        if (!from.equals(to) && m.field(to).isPresent()) {
            throw new IllegalStateException("model " + m.key() + " already has a field '" + to + "'");
        }
        ModelState renamed = m.replaceField(from, f -> f.withName(to, column))
                .withIndexes(m.indexes().stream().map(i -> i.withFields(
                        i.fields().stream().map(n -> n.equals(from) ? to : n).toList())).toList());
        return before.with(renamed);
    }

    @Override
    public List<Step> forwards(String app, ProjectState before, Dialect dialect) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        return Step.sql(rename(dialect, before.requireModel(app, model), apply(app, before), app, from, to));
    }

    @Override
    public List<Step> backwards(String app, ProjectState before, Dialect dialect) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        ProjectState after = apply(app, before);
        return Step.sql(rename(dialect, after.requireModel(app, model), before, app, to, from));
    }

    private List<String> rename(Dialect d, ModelState m, ProjectState target, String app, String a, String b) {
        FieldState old = m.requireField(a);
        ModelState newModel = target.requireModel(app, model);
        FieldState renamed = newModel.requireField(b);
        List<String> out = new ArrayList<>();
        if (old.column().equals(renamed.column())) {
            return out;
        }
        out.addAll(FieldSql.dropExtras(d, m, old));
        out.addAll(d.renameColumn(m, old, renamed));
        out.addAll(FieldSql.extras(d, newModel, renamed, target));
        return out;
    }

    @Override
    public String describe(String app) {
        return "rename field " + app + "." + model + "." + from + " to " + to;
    }

    @Override
    public String slug() {
        return "rename_field_" + FieldSql.lower(model) + "_" + FieldSql.lower(from) + "_to_" + FieldSql.lower(to);
    }

    @Override
    public List<Precondition> preconditions(String app, ProjectState before) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        ModelState m = before.requireModel(app, model);
        return List.of(Precondition.of(Precondition.Kind.COLUMN_EXISTS, m.table(), m.requireField(from).column()),
                Precondition.of(Precondition.Kind.COLUMN_ABSENT, m.table(), column));
    }
}
