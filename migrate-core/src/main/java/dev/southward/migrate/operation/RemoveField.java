package dev.southward.migrate.operation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/**
 * Removes a field. Backwards re-adds it from the definition in the state before, filling existing rows with
 * {@code backwardsDefault} when the field is NOT NULL without a default; {@code irreversible} marks the backwards
 * step impossible (South's "disable backwards migration" answer).
 */
@JsonPropertyOrder({"model", "name", "backwardsDefault", "irreversible"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RemoveField(String model, String name, String backwardsDefault,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean irreversible) implements Operation {

    @Override
    public ProjectState apply(String app, ProjectState before) {
        ModelState m = before.requireModel(app, model);
        m.requireField(name);
        m.indexes().stream().filter(i -> i.fields().contains(name)).findFirst().ifPresent(i -> {
            throw new IllegalStateException("field " + m.key() + "." + name + " is used by index " + i.name()
                    + "; remove the index first");
        });
        String problem = backwardsDefault == null ? null
                : dev.southward.migrate.state.Literals.problem(m.requireField(name), backwardsDefault);
        if (problem != null) {
            throw new IllegalStateException("field '" + name + "' backwardsDefault: " + problem);
        }
        return before.with(m.withoutField(name));
    }

    @Override
    public List<Step> forwards(String app, ProjectState before, Dialect dialect) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        ModelState m = before.requireModel(app, model);
        return Step.sql(FieldSql.drop(dialect, m, m.requireField(name)));
    }

    @Override
    public List<Step> backwards(String app, ProjectState before, Dialect dialect) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        ModelState m = before.requireModel(app, model);
        FieldState field = m.requireField(name);
        return Step.sql(FieldSql.add(dialect, m, field, backwardsDefault, before));
    }

    @Override
    public boolean reversible() {
        return !irreversible;
    }

    @Override
    public String describe(String app) {
        return "remove field " + app + "." + model + "." + name;
    }

    @Override
    public String slug() {
        return "del_field_" + FieldSql.lower(model) + "_" + FieldSql.lower(name);
    }

    @Override
    public List<Precondition> preconditions(String app, ProjectState before) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        ModelState m = before.requireModel(app, model);
        return List.of(Precondition.of(Precondition.Kind.COLUMN_EXISTS, m.table(), m.requireField(name).column()));
    }
}
