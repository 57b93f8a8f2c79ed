package dev.southward.migrate.questioner;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;

/**
 * The questions the autodetector asks, as South and Django ask them. {@code key} is {@code app.Model.field}
 * (or {@code app.Model} for models), the same key used to answer up front in {@link Answers}.
 */
public interface Questioner {
    /**
     * A NOT NULL field without default is added to a table that may have rows: one-off default, or quit.
     *
     * @param key   the field, {@code app.Model.field}
     * @param field the field added
     * @return a one-off value for the existing rows, quit, or unanswered
     */
    Answer addNotNull(String key, FieldState field);

    /**
     * A nullable field becomes NOT NULL: a one-off value for existing NULLs, ignore, or quit.
     *
     * @param key   the field, {@code app.Model.field}
     * @param field the field as it becomes
     * @return a one-off value for the existing NULLs, ignore, quit, or unanswered
     */
    Answer alterToNotNull(String key, FieldState field);

    /**
     * A NOT NULL field without default is removed: a default for migrating backwards, or irreversible.
     *
     * @param key   the field, {@code app.Model.field}
     * @param field the field removed
     * @return a default for the column re-added backwards, irreversible, quit, or unanswered
     */
    Answer removeNotNull(String key, FieldState field);

    /**
     * "Was images.Image.caption renamed to images.Image.title (varchar 200)? [y/N]"; null when unanswered.
     *
     * @param fromKey the field that disappeared, {@code app.Model.field}
     * @param toKey   the field that appeared in the same model
     * @param to      the field that appeared, described in the question
     * @return whether it was renamed, or null when unanswered
     */
    Boolean renameField(String fromKey, String toKey, FieldState to);

    /**
     * "Was images.Photo renamed to images.Picture?"; null when unanswered.
     *
     * @param fromKey the model that disappeared, {@code app.Model}
     * @param toKey   the model that appeared in the same app
     * @param to      the model that appeared
     * @return whether it was renamed, or null when unanswered
     */
    Boolean renameModel(String fromKey, String toKey, ModelState to);

    /**
     * "Did you move catalog.Product to inventory.Product? [y/N]"; null when unanswered. By default asked as a
     * rename.
     *
     * @param fromKey the model that left its app, {@code app.Model}
     * @param toKey   the model that appeared in another app
     * @param to      the model that appeared
     * @return whether it was moved, or null when unanswered
     */
    default Boolean moveModel(String fromKey, String toKey, ModelState to) {
        return renameModel(fromKey, toKey, to);
    }

    /**
     * Answers given up front that no question asked for (a mistyped key, or a question that no longer arises),
     * each with what it answers instead if that is near, e.g. {@code defaults orders.Order.totl=0: no question
     * about orders.Order.totl; did you mean orders.Order.total?}. Asked after all questions.
     *
     * @return one message per unused answer; empty when every answer was used
     */
    default java.util.List<String> unusedAnswers() {
        return java.util.List.of();
    }
}
