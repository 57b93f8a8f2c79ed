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
    /** {@code property key} of every answer a question could use, and the keys asked about. */
    private final java.util.Set<String> usable = new java.util.HashSet<>();
    private final java.util.Set<String> askedKeys = new java.util.LinkedHashSet<>();

    /**
     * A questioner that answers from answers given up front.
     *
     * @param answers the answers; a question without one is collected as unanswered
     */
    public NonInteractiveQuestioner(Answers answers) {
        this.answers = answers;
    }

    /**
     * Each unanswered question with the way to answer it up front.
     *
     * @return the questions that had no answer, in the order they were asked
     */
    public List<String> unanswered() {
        return List.copyOf(unanswered);
    }

    @Override
    public List<String> unusedAnswers() {
        List<String> out = new ArrayList<>();
        answers.given().forEach((propertyKey, answer) -> {
            if (!usable.contains(propertyKey)) {
                String key = propertyKey.substring(propertyKey.indexOf(' ') + 1);
                String hint = Suggestions.closest(key, askedKeys).map(k -> "; did you mean " + k + "?")
                        .orElse(askedKeys.isEmpty() ? " (no question was asked)"
                                : " (the questions were about " + String.join(", ", askedKeys) + ")");
                out.add(answer + ": no question about " + key + " needs this answer" + hint);
            }
        });
        return out;
    }

    /** Records the question about {@code key} and the properties that may answer it. */
    private void asked(String key, String... properties) {
        askedKeys.add(key);
        for (String p : properties) {
            usable.add(p + " " + key);
        }
    }

    /**
     * A given answer, if it is a valid value of the field's type; else the question stays open, saying why in the
     * words the interactive questioner uses.
     */
    private Answer value(String key, FieldState field, String v, String question) {
        String problem = Literals.problem(field, v);
        if (problem == null) {
            return new Answer.Value(v);
        }
        unanswered.add(question + " The answer defaults " + key + "=" + Literals.shown(v) + " is refused: " + problem
                + ".");
        return new Answer.Unanswered();
    }

    @Override
    public Answer addNotNull(String key, FieldState field) {
        asked(key, "defaults");
        String v = answers.defaultFor(key);
        if (v != null) {
            return value(key, field, v, Prompts.addNotNull(key, field));
        }
        unanswered.add(Prompts.addNotNull(key, field) + " Answer with a one-off default: defaults " + key + "=<value>"
                + ", or add a default to the model.");
        return new Answer.Unanswered();
    }

    @Override
    public Answer alterToNotNull(String key, FieldState field) {
        asked(key, "defaults", "ignore-nulls");
        String v = answers.defaultFor(key);
        if (v != null) {
            return value(key, field, v, Prompts.alterToNotNull(key, field));
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
        asked(key, "defaults", "irreversible");
        String v = answers.defaultFor(key);
        if (v != null) {
            return value(key, field, v, Prompts.removeNotNull(key, field));
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
        asked(fromKey, "renames", "no-renames");
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
