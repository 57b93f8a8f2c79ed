package dev.southward.migrate.jpa.evolution;

import dev.southward.migrate.questioner.Answer;
import dev.southward.migrate.questioner.Questioner;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A questioner that answers as a user would and records every question: yes to the renames it is given (from key
 * to new key), no to any other rename, a one-off value where given, else quit.
 */
final class RecordingQuestioner implements Questioner {
    private final Set<String> renames;
    private final Map<String, String> values;
    final List<String> asked = new ArrayList<>();

    /**
     * @param renames {@code from -> to} keys that were renamed, e.g. {@code shop.Product.title -> shop.Product.label}
     * @param values  one-off values by key
     */
    RecordingQuestioner(Set<String> renames, Map<String, String> values) {
        this.renames = renames;
        this.values = values;
    }

    @Override
    public Answer addNotNull(String key, FieldState field) {
        return value("add not null " + key, key);
    }

    @Override
    public Answer alterToNotNull(String key, FieldState field) {
        return value("alter to not null " + key, key);
    }

    @Override
    public Answer removeNotNull(String key, FieldState field) {
        return value("remove not null " + key, key);
    }

    @Override
    public Boolean renameField(String fromKey, String toKey, FieldState to) {
        asked.add("rename field " + fromKey + " -> " + toKey);
        return renames.contains(fromKey + " -> " + toKey);
    }

    @Override
    public Boolean renameModel(String fromKey, String toKey, ModelState to) {
        asked.add("rename model " + fromKey + " -> " + toKey);
        return renames.contains(fromKey + " -> " + toKey);
    }

    private Answer value(String question, String key) {
        asked.add(question);
        String v = values.get(key);
        return v == null ? new Answer.Quit() : new Answer.Value(v);
    }
}
