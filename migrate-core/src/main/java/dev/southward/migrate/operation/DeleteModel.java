package dev.southward.migrate.operation;

import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/** Drops a model's table. Backwards recreates it from the definition in the state before. */
public record DeleteModel(String name) implements Operation {

    @Override
    public ProjectState apply(String app, ProjectState before) {
        ModelState model = before.requireModel(app, name);
        before.referencesTo(model.key()).stream().filter(e -> !e.getKey().key().equals(model.key())).findFirst()
                .ifPresent(e -> {
                    throw new IllegalStateException("model " + model.key() + " is still referenced by "
                            + e.getKey().key() + "." + e.getValue().name() + "; remove that field first");
                });
        return before.without(model.key());
    }

    @Override
    public List<Step> forwards(String app, ProjectState before, Dialect dialect) {
        if (!Managed.table(before, app, name)) {
            return List.of();
        }
        return Step.sql(dialect.dropTable(before.requireModel(app, name)));
    }

    @Override
    public List<Step> backwards(String app, ProjectState before, Dialect dialect) {
        if (!Managed.table(before, app, name)) {
            return List.of();
        }
        return Step.sql(dialect.createTable(before.requireModel(app, name), before));
    }

    @Override
    public String describe(String app) {
        return "delete model " + app + "." + name;
    }

    @Override
    public String slug() {
        return "del_" + FieldSql.lower(name);
    }

    @Override
    public List<Precondition> preconditions(String app, ProjectState before) {
        if (!Managed.table(before, app, name)) {
            return List.of();
        }
        return List.of(Precondition.of(Precondition.Kind.TABLE_EXISTS, before.requireModel(app, name).table()));
    }
}
