package dev.southward.migrate.questioner;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.Literals;
import dev.southward.migrate.state.ModelState;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers from {@link Answers}; every question without an answer is remembered, so that all of them can be
 * reported at once and nothing is written.
 */
public final class NonInteractiveQuestioner implements Questioner {
    private final Answers answers;
    private final List<String> unanswered = new ArrayList<>();

    public NonInteractiveQuestioner(Answers answers) {
        this.answers = answers;
    }

    /** Each unanswered question with the way to answer it up front. */
    public List<String> unanswered() {
        return List.copyOf(unanswered);
    }

    /** A given answer, if it is a valid value of the field's type; else the question stays open, saying why. */
    private Answer value(String key, FieldState field, String v) {
        String problem = Literals.problem(field, v);
        if (problem == null) {
            return new Answer.Value(v);
        }
        unanswered.add("defaults " + key + "=" + Literals.shown(v) + ": " + problem + ".");
        return new Answer.Unanswered();
    }

    @Override
    public Answer addNotNull(String key, FieldState field) {
        String v = answers.defaultFor(key);
        if (v != null) {
            return value(key, field, v);
        }
        unanswered.add(Prompts.addNotNull(key, field) + " Answer with a one-off default: defaults " + key + "=<value>"
                + ", or add a default to the model.");
        return new Answer.Unanswered();
    }

    @Override
    public Answer alterToNotNull(String key, FieldState field) {
        String v = answers.defaultFor(key);
        if (v != null) {
            return value(key, field, v);
        }
        if (answers.isIgnoreNulls(key)) {
            return new Answer.Ignore();
        }
        unanswered.add(Prompts.alterToNotNull(key, field) + " Answer with a value for existing NULLs: defaults "
                + key + "=<value>, or ignore-nulls " + key + ".");
        return new Answer.Unanswered();
    }

    @Override
    public Answer removeNotNull(String key, FieldState field) {
        String v = answers.defaultFor(key);
        if (v != null) {
            return value(key, field, v);
        }
        if (answers.isIrreversible(key)) {
            return new Answer.Irreversible();
        }
        unanswered.add(Prompts.removeNotNull(key, field) + " Answer with a default for migrating backwards: "
                + "defaults " + key + "=<value>, or irreversible " + key + ".");
        return new Answer.Unanswered();
    }

    @Override
    public Boolean renameField(String fromKey, String toKey, FieldState to) {
        return rename(fromKey, toKey, Prompts.renameField(fromKey, toKey, to));
    }

    @Override
    public Boolean renameModel(String fromKey, String toKey, ModelState to) {
        return rename(fromKey, toKey, Prompts.renameModel(fromKey, toKey));
    }

    /** Answered by {@code renames catalog.Product=inventory.Product} (the new app and name). */
    @Override
    public Boolean moveModel(String fromKey, String toKey, ModelState to) {
        return rename(fromKey, toKey, toKey, Prompts.moveModel(fromKey, toKey));
    }

    private Boolean rename(String fromKey, String toKey, String question) {
        return rename(fromKey, toKey, toKey.substring(toKey.lastIndexOf('.') + 1), question);
    }

    private Boolean rename(String fromKey, String toKey, String newName, String question) {
        String answer = answers.renameOf(fromKey);
        if (newName.equals(answer)) {
            return true;
        }
        if (answers.isNotRenamed(fromKey) || answer != null) {
            return false;
        }
        unanswered.add(question + " Answer with renames " + fromKey + "=" + newName + ", or no-renames " + fromKey
                + ".");
        return null;
    }
}
