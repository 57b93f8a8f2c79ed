package dev.southward.migrate;

import java.util.List;

/**
 * The autodetector needed answers that a non-interactive run did not provide. Nothing was written; the
 * message lists every question and how to answer it up front.
 */
public class UnansweredQuestionsException extends SouthwardException {
    /** Every question without a valid answer. */
    private final List<String> questions;

    /**
     * @param questions each question without an answer, with how to answer it
     */
    public UnansweredQuestionsException(List<String> questions) {
        this(questions, List.of());
    }

    /**
     * @param questions     each question without a (valid) answer, with how to answer it
     * @param unusedAnswers each answer given that no question needs (a mistyped key), see
     *                      {@link dev.southward.migrate.questioner.Questioner#unusedAnswers()}
     */
    public UnansweredQuestionsException(List<String> questions, List<String> unusedAnswers) {
        super(message(questions, unusedAnswers));
        this.questions = List.copyOf(questions);
    }

    private static String message(List<String> questions, List<String> unused) {
        StringBuilder s = new StringBuilder();
        if (!questions.isEmpty()) {
            s.append("Cannot make the migration without answers to ").append(questions.size()).append(" question")
                    .append(questions.size() == 1 ? "" : "s").append(" (nothing was written):\n  - ")
                    .append(String.join("\n  - ", questions));
        }
        if (!unused.isEmpty()) {
            s.append(questions.isEmpty() ? "Refusing answers that no question needs (nothing was written):"
                    : "\nAnd answers that no question needs:").append("\n  - ").append(String.join("\n  - ", unused));
        }
        return s.toString();
    }

    /**
     * The questions without a (valid) answer.
     *
     * @return each question with how to answer it up front
     */
    public List<String> questions() {
        return questions;
    }
}
