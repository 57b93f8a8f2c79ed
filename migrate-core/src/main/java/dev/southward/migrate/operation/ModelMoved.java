package dev.southward.migrate.operation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/**
 * The old app's half of a move between apps: records that {@code <this app>.name} now lives in another app as
 * {@code to} ({@code app.Model}). The move itself ({@link MoveModel} in the new app's migration, which this
 * migration depends on) changed the state and renamed the table; this operation only checks that the model has left
 * this app, and renders no SQL. It does not look for {@code to}: the new app may have renamed, moved on or deleted
 * the model since, in migrations that need not come before this one.
 *
 * @param name the model's name in this app before the move
 * @param to   the model after the move, {@code app.Model}
 */
@JsonPropertyOrder({"name", "to"})
public record ModelMoved(String name, String to) implements Operation {

    @Override
    public ProjectState apply(String app, ProjectState before) {
        if (before.model(app, name).isPresent()) {
            throw new IllegalStateException("model " + app + "." + name + " has not been moved to " + to
                    + " at this point; the migration moving it must come first (a dependency is missing)");
        }
        return before;
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
        return "model " + app + "." + name + " moved to " + to;
    }

    @Override
    public String slug() {
        return "moved_" + FieldSql.lower(name) + "_to_" + to.substring(0, to.indexOf('.'));
    }
}
