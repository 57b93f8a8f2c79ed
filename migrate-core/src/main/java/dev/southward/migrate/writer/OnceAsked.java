package dev.southward.migrate.writer;

import dev.southward.migrate.questioner.Answer;
import dev.southward.migrate.questioner.Questioner;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A questioner that asks each model rename question once: renames are settled before the apps' migrations are made
 * ({@code MoveDetector}), and an app's autodetector finds the declined ones again; it gets the first answer (an
 * unanswered one stays unanswered, listed once).
 */
final class OnceAsked implements Questioner {
    private final Questioner delegate;
    private final Map<String, Boolean> renames = new HashMap<>();

    /**
     * @param delegate the questioner that really asks
     */
    OnceAsked(Questioner delegate) {
        this.delegate = delegate;
    }

    @Override
    public Answer addNotNull(String key, FieldState field) {
        return delegate.addNotNull(key, field);
    }

    @Override
    public Answer alterToNotNull(String key, FieldState field) {
        return delegate.alterToNotNull(key, field);
    }

    @Override
    public Answer removeNotNull(String key, FieldState field) {
        return delegate.removeNotNull(key, field);
    }

    @Override
    public Boolean renameField(String fromKey, String toKey, FieldState to) {
        return delegate.renameField(fromKey, toKey, to);
    }

    @Override
    public Boolean renameModel(String fromKey, String toKey, ModelState to) {
        String key = fromKey + ">" + toKey;
        if (!renames.containsKey(key)) {
            renames.put(key, delegate.renameModel(fromKey, toKey, to));
        }
        return renames.get(key);
    }

    @Override
    public Boolean moveModel(String fromKey, String toKey, ModelState to) {
        return delegate.moveModel(fromKey, toKey, to);
    }

    @Override
    public List<String> unusedAnswers() {
        return delegate.unusedAnswers();
    }
}
