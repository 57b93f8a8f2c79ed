package dev.southward.migrate.questioner;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;

/** An interactive run: answers given up front (flags, properties) are used, and only the other questions asked. */
public final class AnswersThenConsole implements Questioner {
    private final NonInteractiveQuestioner given;
    private final InteractiveQuestioner asked;

    /**
     * A questioner asking on {@code console} what {@code answers} leave open.
     *
     * @param answers the answers given up front
     * @param console where the rest are asked
     */
    public AnswersThenConsole(Answers answers, Console console) {
        this.given = new NonInteractiveQuestioner(answers);
        this.asked = new InteractiveQuestioner(console);
    }

    @Override
    public Answer addNotNull(String key, FieldState field) {
        Answer a = given.addNotNull(key, field);
        return a instanceof Answer.Unanswered ? asked.addNotNull(key, field) : a;
    }

    @Override
    public Answer alterToNotNull(String key, FieldState field) {
        Answer a = given.alterToNotNull(key, field);
        return a instanceof Answer.Unanswered ? asked.alterToNotNull(key, field) : a;
    }

    @Override
    public Answer removeNotNull(String key, FieldState field) {
        Answer a = given.removeNotNull(key, field);
        return a instanceof Answer.Unanswered ? asked.removeNotNull(key, field) : a;
    }

    @Override
    public Boolean renameField(String fromKey, String toKey, FieldState to) {
        Boolean b = given.renameField(fromKey, toKey, to);
        return b != null ? b : asked.renameField(fromKey, toKey, to);
    }

    @Override
    public Boolean renameModel(String fromKey, String toKey, ModelState to) {
        Boolean b = given.renameModel(fromKey, toKey, to);
        return b != null ? b : asked.renameModel(fromKey, toKey, to);
    }

    @Override
    public java.util.List<String> unusedAnswers() {
        return given.unusedAnswers();
    }

    @Override
    public Boolean moveModel(String fromKey, String toKey, ModelState to) {
        Boolean b = given.moveModel(fromKey, toKey, to);
        return b != null ? b : asked.moveModel(fromKey, toKey, to);
    }
}
