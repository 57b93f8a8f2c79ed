package dev.southward.migrate.operation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/** Adds a composite index or unique-together constraint. */
@JsonPropertyOrder({"model", "index"})
public record AddIndex(String model, IndexState index) implements Operation {

    @Override
    public ProjectState apply(String app, ProjectState before) {
        ModelState m = before.requireModel(app, model);
        if (m.index(index.name()).isPresent()) {
            throw new IllegalStateException("model " + m.key() + " already has an index " + index.name());
        }
        index.fields().forEach(m::requireField);
        return before.with(m.withIndex(index));
    }

    @Override
    public List<Step> forwards(String app, ProjectState before, Dialect dialect) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        return Step.sql(dialect.createIndex(before.requireModel(app, model), index));
    }

    @Override
    public List<Step> backwards(String app, ProjectState before, Dialect dialect) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        return Step.sql(dialect.dropIndex(apply(app, before).requireModel(app, model), index.name(), before));
    }

    @Override
    public String describe(String app) {
        return "add " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + app + "." + model;
    }

    @Override
    public String slug() {
        return (index.unique() ? "add_unique_" : "add_index_") + FieldSql.lower(model) + "_"
                + String.join("_", index.fields()).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public List<Precondition> preconditions(String app, ProjectState before) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        ModelState m = before.requireModel(app, model);
        return index.unique() ? List.of(new Precondition(Precondition.Kind.NO_DUPLICATES, m.table(),
                index.fields().stream().map(m::column).toList(), null)) : List.of();
    }
}
