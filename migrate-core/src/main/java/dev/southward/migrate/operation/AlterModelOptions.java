package dev.southward.migrate.operation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/**
 * Changes a model's options in the state only, as Django's {@code AlterModelOptions}: whether its table is managed,
 * and whether it is the join table of a many-to-many field. No SQL either way: a model that becomes managed takes
 * over its table as it is; one that becomes unmanaged leaves its table to its new owner.
 *
 * @param name    the model
 * @param managed whether its table is managed from now on
 * @param joinFor {@code Owner.field} when it is a many-to-many join table from now on, else null
 */
@JsonPropertyOrder({"name", "managed", "joinFor"})
public record AlterModelOptions(String name, boolean managed,
        @JsonInclude(JsonInclude.Include.NON_NULL) String joinFor) implements Operation {

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before.with(before.requireModel(app, name).withOptions(managed, joinFor));
    }

    @Override
    public List<Step> forwards(String app, ProjectState before, Dialect dialect) {
        return List.of();
    }

    @Override
    public List<Step> backwards(String app, ProjectState before, Dialect dialect) {
        return List.of();
    }

    @Override
    public String describe(String app) {
        return "alter options of " + app + "." + name + " (" + (managed ? "managed" : "unmanaged")
                + (joinFor == null ? "" : ", join table of " + joinFor) + ")";
    }

    @Override
    public String slug() {
        return (managed ? "manage_" : "unmanage_") + FieldSql.lower(name);
    }

    /**
     * The operation that turns the options of {@code from} into those of {@code to}, or null when they agree.
     *
     * @param from the model before
     * @param to   the model after
     * @return the operation, or null
     */
    public static AlterModelOptions between(ModelState from, ModelState to) {
        boolean same = from.isManaged() == to.isManaged() && java.util.Objects.equals(from.joinFor(), to.joinFor());
        return same ? null : new AlterModelOptions(from.name(), to.isManaged(), to.joinFor());
    }
}
