package dev.southward.migrate.evolution;

import dev.southward.migrate.state.ProjectState;

/**
 * One random change of the models, as a developer would make it between two runs of {@code schemamigration}. A change
 * names what it touches (models by {@code app.Model}, fields by name), so it can be applied again to another state:
 * the shrinker drops earlier changes and replays the rest. A change that no longer fits (its model is gone, the name
 * is taken) does not apply and is skipped.
 */
public interface Change {
    /**
     * The models after this change, before {@link Models#normalize} and validation ({@link Models#attempt} does both).
     *
     * @param state the models before
     * @return the models after, or null when the change does not fit {@code state}
     */
    ProjectState applyRaw(ProjectState state);

    /**
     * Whether this change renames the field {@code fromKey} ({@code app.Model.field}) to {@code toName}; the questioner
     * says yes only then.
     *
     * @param fromKey the field before
     * @param toName  the new field name
     * @return whether the rename is intended
     */
    default boolean renamesField(String fromKey, String toName) {
        return false;
    }

    /**
     * Whether this change renames the model {@code fromKey} ({@code app.Model}) to {@code toName}.
     *
     * @param fromKey the model before
     * @param toName  the new model name
     * @return whether the rename is intended
     */
    default boolean renamesModel(String fromKey, String toName) {
        return false;
    }

    /**
     * Whether this change moves the model {@code fromKey} to another app, as {@code toKey}.
     *
     * @param fromKey the model before, {@code app.Model}
     * @param toKey   the model after, {@code app.Model}
     * @return whether the move is intended
     */
    default boolean movesModel(String fromKey, String toKey) {
        return false;
    }

    /**
     * One line for a failure report, e.g. {@code add field alpha.Reef.width (int null)}.
     *
     * @return the description
     */
    String describe();
}
