package dev.southward.migrate.operation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a field. {@code oneOffDefault} fills existing rows once and is not kept in the model (South's one-off
 * default); null when the field is nullable or has a permanent default.
 */
@JsonPropertyOrder({"model", "field", "oneOffDefault"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddField(String model, FieldState field, String oneOffDefault) implements Operation {

    @Override
    public ProjectState apply(String app, ProjectState before) {
        ModelState m = before.requireModel(app, model);
        if (m.field(field.name()).isPresent()) {
            throw new IllegalStateException("model " + m.key() + " already has a field '" + field.name() + "'");
        }
        return before.with(m.withField(field));
    }

    @Override
    public List<Step> forwards(String app, ProjectState before, Dialect dialect) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        ProjectState after = apply(app, before);
        return Step.sql(FieldSql.add(dialect, after.requireModel(app, model), field, oneOffDefault, after));
    }

    @Override
    public List<Step> backwards(String app, ProjectState before, Dialect dialect) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        return Step.sql(FieldSql.drop(dialect, apply(app, before).requireModel(app, model), field));
    }

    @Override
    public String describe(String app) {
        return "add field " + app + "." + model + "." + field.name();
    }

    @Override
    public String slug() {
        return "add_field_" + FieldSql.lower(model) + "_" + field.column();
    }

    @Override
    public List<Precondition> preconditions(String app, ProjectState before) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        String table = before.requireModel(app, model).table();
        List<Precondition> out = new ArrayList<>();
        out.add(Precondition.of(Precondition.Kind.TABLE_EXISTS, table));
        out.add(Precondition.of(Precondition.Kind.COLUMN_ABSENT, table, field.column()));
        if (!field.nullable() && field.defaultValue() == null && oneOffDefault == null) {
            out.add(Precondition.of(Precondition.Kind.TABLE_EMPTY, table, field.column()));
        }
        return out;
    }
}
