package dev.southward.migrate;

import java.util.List;

/**
 * The autodetector needed answers that a non-interactive run did not provide. Nothing was written; the
 * message lists every question and how to answer it up front.
 */
public class UnansweredQuestionsException extends SouthwardException {
    private final List<String> questions;

    public UnansweredQuestionsException(List<String> questions) {
        super("Cannot make the migration without answers to " + questions.size() + " question"
                + (questions.size() == 1 ? "" : "s") + " (nothing was written):\n  - "
                + String.join("\n  - ", questions));
        this.questions = List.copyOf(questions);
    }

    public List<String> questions() {
        return questions;
    }
}
