package dev.southward.migrate.operation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a model from another app into this one, keeping its rows: in the state the model {@code from}
 * ({@code app.Model}) becomes {@code <this app>.name} and every foreign key to it follows; in the database its table
 * is renamed to {@code table} (nothing when the name stays, e.g. with {@code @Model(table = …)}). The old app's
 * next migration records the move with {@link ModelMoved} and depends on this one, so forwards the table moves
 * before the old app forgets it, and backwards the old app takes it back before the table moves back.
 *
 * @param from  the model before the move, {@code app.Model}
 * @param name  its name in this app
 * @param table its table from now on
 */
@JsonPropertyOrder({"from", "name", "table"})
public record MoveModel(String from, String name, String table) implements Operation {

    /**
     * The app the model comes from.
     *
     * @return the app label of the model's old key
     */
    public String fromApp() {
        return from.substring(0, from.indexOf('.'));
    }

    /**
     * The model's name in the app it comes from.
     *
     * @return the model's old name
     */
    public String fromName() {
        return from.substring(from.indexOf('.') + 1);
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        ModelState old = before.requireModel(fromApp(), fromName());
        if (fromApp().equals(app)) {
            throw new IllegalStateException("model " + from + " is already in app " + app + "; use rename_model");
        }
        if (before.model(app, name).isPresent()) {
            throw new IllegalStateException("model " + app + "." + name + " already exists");
        }
        ModelState moved = new ModelState(app, name, table, old.fields(), old.indexes(), old.managed(), old.joinFor());
        return RenameModel.retarget(before.without(old.key()).with(moved), old.key(), moved.key());
    }

    @Override
    public List<Step> forwards(String app, ProjectState before, Dialect dialect) {
        ProjectState after = apply(app, before);
        return rename(dialect, before.requireModel(fromApp(), fromName()), after.requireModel(app, name), after);
    }

    @Override
    public List<Step> backwards(String app, ProjectState before, Dialect dialect) {
        ProjectState after = apply(app, before);
        return rename(dialect, after.requireModel(app, name), before.requireModel(fromApp(), fromName()), before);
    }

    private static List<Step> rename(Dialect d, ModelState old, ModelState moved, ProjectState target) {
        return old.isManaged() ? Step.sql(RenameModel.rename(d, old, moved, target)) : List.of();
    }

    @Override
    public String describe(String app) {
        return "move model " + from + " to " + app + "." + name;
    }

    @Override
    public String slug() {
        return "move_" + FieldSql.lower(name) + "_from_" + fromApp();
    }

    @Override
    public List<Precondition> preconditions(String app, ProjectState before) {
        ModelState old = before.requireModel(fromApp(), fromName());
        List<Precondition> out = new ArrayList<>();
        if (old.isManaged() && !old.table().equals(table)) {
            out.add(Precondition.of(Precondition.Kind.TABLE_EXISTS, old.table()));
            out.add(Precondition.of(Precondition.Kind.TABLE_ABSENT, table));
        }
        return out;
    }
}
