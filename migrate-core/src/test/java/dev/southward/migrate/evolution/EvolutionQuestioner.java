package dev.southward.migrate.evolution;

import dev.southward.migrate.questioner.Answer;
import dev.southward.migrate.questioner.Questioner;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;

/**
 * Answers the autodetector's questions for one change: a rename is confirmed only when the change made it, and every
 * value asked for (one-off default, value for NULLs, backwards default) is {@link Samples#oneOff}, so every migration
 * stays reversible.
 */
final class EvolutionQuestioner implements Questioner {
    private final Change change;

    EvolutionQuestioner(Change change) {
        this.change = change;
    }

    @Override
    public Answer addNotNull(String key, FieldState field) {
        return new Answer.Value(Samples.oneOff(field));
    }

    @Override
    public Answer alterToNotNull(String key, FieldState field) {
        return new Answer.Value(Samples.oneOff(field));
    }

    @Override
    public Answer removeNotNull(String key, FieldState field) {
        return new Answer.Value(Samples.oneOff(field));
    }

    @Override
    public Boolean renameField(String fromKey, String toKey, FieldState to) {
        return change.renamesField(fromKey, toKey.substring(toKey.lastIndexOf('.') + 1));
    }

    @Override
    public Boolean moveModel(String fromKey, String toKey, ModelState to) {
        return change.movesModel(fromKey, toKey);
    }

    @Override
    public Boolean renameModel(String fromKey, String toKey, ModelState to) {
        return change.renamesModel(fromKey, toKey.substring(toKey.lastIndexOf('.') + 1));
    }
}
