package dev.southward.migrate.questioner;

/** An answer to a default-value question. */
public sealed interface Answer {
    /** A one-off value, written as text like a model default. */
    record Value(String value) implements Answer {
    }

    /** Stop: the user will add a permanent default to the model. Nothing is written. */
    record Quit() implements Answer {
    }

    /** For a removed field: mark the backwards step irreversible. */
    record Irreversible() implements Answer {
    }

    /** For a possibly NULL column made NOT NULL: go on without a value (the user knows there are no NULLs). */
    record Ignore() implements Answer {
    }

    /** Not answered (non-interactive run): collected and reported together. */
    record Unanswered() implements Answer {
    }
}
