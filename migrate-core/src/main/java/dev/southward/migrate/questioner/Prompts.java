package dev.southward.migrate.questioner;

import dev.southward.migrate.state.FieldState;

/** The wording of each question, shared by the interactive and the non-interactive questioner. */
final class Prompts {
    private Prompts() {
    }

    static String addNotNull(String key, FieldState field) {
        return "The field " + key + " (" + field.describe() + ") is added NOT NULL without a default, and existing "
                + "rows need a value.";
    }

    static String alterToNotNull(String key, FieldState field) {
        return "The field " + key + " (" + field.describe() + ") changes from NULL to NOT NULL, and existing rows "
                + "may hold NULL.";
    }

    static String removeNotNull(String key, FieldState field) {
        return "The field " + key + " (" + field.describe() + ") is removed; it is NOT NULL without a default, so "
                + "migrating backwards needs a value for existing rows.";
    }

    static String renameField(String fromKey, String toKey, FieldState to) {
        return "Was " + fromKey + " renamed to " + toKey + " (" + to.describe() + ")?";
    }

    static String moveModel(String fromKey, String toKey) {
        return "Did you move " + fromKey + " to " + toKey + "?";
    }

    static String renameModel(String fromKey, String toKey) {
        return "Was the model " + fromKey + " renamed to " + toKey + "?";
    }
}
