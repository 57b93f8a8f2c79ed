package dev.southward.migrate.operation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/** Removes a composite index; backwards recreates it from the state before. */
@JsonPropertyOrder({"model", "name"})
public record RemoveIndex(String model, String name) implements Operation {

    @Override
    public ProjectState apply(String app, ProjectState before) {
        ModelState m = before.requireModel(app, model);
        index(m);
        return before.with(m.withoutIndex(name));
    }

    private IndexState index(ModelState m) {
        return m.index(name).orElseThrow(() -> new IllegalStateException(
                "model " + m.key() + " has no index " + name));
    }

    @Override
    public List<Step> forwards(String app, ProjectState before, Dialect dialect) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        return Step.sql(dialect.dropIndex(before.requireModel(app, model), name, before));
    }

    @Override
    public List<Step> backwards(String app, ProjectState before, Dialect dialect) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        ModelState m = before.requireModel(app, model);
        return Step.sql(dialect.createIndex(m, index(m)));
    }

    @Override
    public String describe(String app) {
        return "remove index " + name + " from " + app + "." + model;
    }

    @Override
    public String slug() {
        return "del_index_" + FieldSql.lower(name);
    }
}
