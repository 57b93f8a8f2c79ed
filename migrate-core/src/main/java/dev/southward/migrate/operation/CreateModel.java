package dev.southward.migrate.operation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/** Creates a model's table with its columns, keys and indexes. */
@JsonPropertyOrder({"name", "table", "fields", "indexes"})
public record CreateModel(String name, String table, List<FieldState> fields,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<IndexState> indexes) implements Operation {

    public CreateModel {
        fields = List.copyOf(fields);
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
    }

    public static CreateModel of(ModelState m) {
        return new CreateModel(m.name(), m.table(), m.fields(), m.indexes());
    }

    ModelState model(String app) {
        return new ModelState(app, name, table, fields, indexes);
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        if (before.model(app, name).isPresent()) {
            throw new IllegalStateException("model " + app + "." + name + " already exists");
        }
        return before.with(model(app));
    }

    @Override
    public List<Step> forwards(String app, ProjectState before, Dialect dialect) {
        return Step.sql(dialect.createTable(model(app), apply(app, before)));
    }

    @Override
    public List<Step> backwards(String app, ProjectState before, Dialect dialect) {
        return Step.sql(dialect.dropTable(model(app)));
    }

    @Override
    public String describe(String app) {
        return "create model " + app + "." + name;
    }

    @Override
    public String slug() {
        return "add_" + FieldSql.lower(name);
    }

    @Override
    public List<Precondition> preconditions(String app, ProjectState before) {
        return List.of(Precondition.of(Precondition.Kind.TABLE_ABSENT, table));
    }
}
