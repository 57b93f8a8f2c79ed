package dev.southward.migrate.autodetect;

import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.questioner.Questioner;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/**
 * Compares an app's models with the state of its last migration and returns the operations that turn one into
 * the other, asking the questioner where the models alone cannot tell (one-off defaults, renames).
 */
public final class Autodetector {
    private Autodetector() {
    }

    /**
     * The operations for {@code app}, in an order that applies (and whose reverse unapplies).
     *
     * @param from the project state after the current migrations (all apps, for foreign keys)
     * @param to   the project state of the current models
     * @return the operations and whether some question went unanswered
     * @param app        the app whose operations are detected
     * @param questioner answers the questions (one-off defaults, renames) the models cannot answer
     */
    public static Detection detect(String app, ProjectState from, ProjectState to, Questioner questioner) {
        return detect(app, from, to, questioner, List.of());
    }

    /**
     * As {@link #detect(String, ProjectState, ProjectState, Questioner)}, with the moves between apps accepted
     * beforehand ({@link MoveDetector}): a move into {@code app} is a {@code move_model} operation, a move out of
     * it a {@code model_moved} record (the new app's migration, made first, moved it).
     *
     * @param app        the app
     * @param from       the project state after the current migrations
     * @param to         the project state of the current models
     * @param questioner asked where the models cannot tell
     * @param moves      the accepted moves between apps
     * @return the operations and whether some question went unanswered
     */
    public static Detection detect(String app, ProjectState from, ProjectState to, Questioner questioner,
            List<MoveDetector.Move> moves) {
        Changes changes = new Changes();
        RenameDetector renames = new RenameDetector(app, questioner, changes);
        // Foreign key columns that only follow a re-typed key change with the key's operation.
        ProjectState renamed = KeyFollowers.follow(app, renames.detect(renames.moves(from, moves), to), to);
        ModelDiffer.diff(app, renamed, to, changes);
        FieldDiffer fields = new FieldDiffer(app, questioner, changes);
        fields.diff(renamed, to);
        IndexDiffer.diff(app, renamed, to, changes);
        if (fields.quit) {
            throw new SouthwardException("Quit: add a permanent default to the field in the model, then run "
                    + "schemamigration " + app + " again. Nothing was written.");
        }
        return new Detection(app, changes.ordered(app, from, renamed), renames.unanswered || fields.unanswered);
    }

    /**
     * What the autodetector found for one app.
     *
     * @param app        the app
     * @param operations the operations, empty when nothing changed
     * @param unanswered whether some question was not answered (non-interactive runs)
     */
    public record Detection(String app, List<Operation> operations, boolean unanswered) {
    }
}
