package dev.southward.migrate.operation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/**
 * Creates a model's table with its columns, keys and indexes. An unmanaged model ({@code managed} false) only
 * enters the state: its table exists already and belongs to someone else. {@code joinFor} marks the join table of a
 * many-to-many field ({@code Owner.field}).
 */
@JsonPropertyOrder({"name", "table", "managed", "joinFor", "fields", "indexes"})
public record CreateModel(String name, String table, List<FieldState> fields,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<IndexState> indexes,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelState.OmitTrue.class) Boolean managed,
        @JsonInclude(JsonInclude.Include.NON_NULL) String joinFor) implements Operation {

    /**
     * Copies the fields and indexes; a missing {@code managed} (older files) means managed.
     *
     * @param name    the model's name
     * @param table   its table
     * @param fields  its fields, in column order
     * @param indexes its composite indexes and unique-together constraints; may be null (none)
     * @param managed false when the table exists already and belongs to someone else; null means true
     * @param joinFor {@code Owner.field} for the join table of a many-to-many field, else null
     */
    public CreateModel {
        fields = List.copyOf(fields);
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
        managed = managed == null || managed;
    }

    /**
     * A managed model that is no join table.
     *
     * @param name    the model name
     * @param table   the table
     * @param fields  the fields
     * @param indexes the composite indexes
     */
    public CreateModel(String name, String table, List<FieldState> fields, List<IndexState> indexes) {
        this(name, table, fields, indexes, true, null);
    }

    /**
     * The operation creating a model as it is in a state.
     *
     * @param m the model
     * @return the operation
     */
    public static CreateModel of(ModelState m) {
        return new CreateModel(m.name(), m.table(), m.fields(), m.indexes(), m.managed(), m.joinFor());
    }

    ModelState model(String app) {
        return new ModelState(app, name, table, fields, indexes, managed, joinFor);
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
        return managed ? Step.sql(dialect.createTable(model(app), apply(app, before))) : List.of();
    }

    @Override
    public List<Step> backwards(String app, ProjectState before, Dialect dialect) {
        return managed ? Step.sql(dialect.dropTable(model(app))) : List.of();
    }

    @Override
    public String describe(String app) {
        return joinFor != null ? "create join table " + table + " of " + app + "." + joinFor
                : "create " + (managed ? "" : "unmanaged ") + "model " + app + "." + name;
    }

    @Override
    public String slug() {
        return "add_" + FieldSql.lower(name);
    }

    @Override
    public List<Precondition> preconditions(String app, ProjectState before) {
        return managed ? List.of(Precondition.of(Precondition.Kind.TABLE_ABSENT, table)) : List.of();
    }
}
