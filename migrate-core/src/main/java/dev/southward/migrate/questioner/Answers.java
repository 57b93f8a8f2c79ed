package dev.southward.migrate.questioner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Answers given up front for a non-interactive run. Immutable; each method returns a changed copy.
 *
 * <pre>{@code
 * Answers.none()
 *     .defaultFor("images.Image.width", "0")          // one-off default, NULL fill, or backwards default
 *     .irreversible("images.Image.legacy")           // removed NOT NULL field: no backwards step
 *     .ignoreNulls("images.Image.height")            // made NOT NULL: there are no NULLs
 *     .rename("images.Image.caption", "title")       // a field rename
 *     .rename("images.Photo", "Picture")             // a model rename
 *     .move("catalog.Product", "inventory.Product")  // a model moved to another app
 *     .notRenamed("images.Image.caption")            // really a removal plus an addition
 * }</pre>
 */
public final class Answers {
    private final Map<String, String> defaults;
    private final Map<String, String> renames;
    private final Set<String> notRenamed;
    private final Set<String> irreversible;
    private final Set<String> ignoreNulls;

    private Answers(Map<String, String> defaults, Map<String, String> renames, Set<String> notRenamed,
            Set<String> irreversible, Set<String> ignoreNulls) {
        this.defaults = Map.copyOf(defaults);
        this.renames = Map.copyOf(renames);
        this.notRenamed = Set.copyOf(notRenamed);
        this.irreversible = Set.copyOf(irreversible);
        this.ignoreNulls = Set.copyOf(ignoreNulls);
    }

    /**
     * No answers: every question is reported as unanswered.
     *
     * @return the empty answers
     */
    public static Answers none() {
        return new Answers(Map.of(), Map.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * Answers a default question: a one-off default for a NOT NULL field added, a value for the NULLs of a field made
     * NOT NULL, or the backwards default of a NOT NULL field removed.
     *
     * @param key   the field, {@code app.Model.field}
     * @param value the value as text, as a model default is written
     * @return the changed copy
     */
    public Answers defaultFor(String key, String value) {
        Map<String, String> copy = new HashMap<>(defaults);
        copy.put(key, value);
        return new Answers(copy, renames, notRenamed, irreversible, ignoreNulls);
    }

    /**
     * Answers "Was {@code fromKey} renamed?" with yes, naming the new name; {@link #notRenamed} answers no.
     *
     * @param fromKey the old field ({@code app.Model.field}) or model ({@code app.Model})
     * @param toName  the new field or model name, in the same model or app
     * @return the changed copy
     */
    public Answers rename(String fromKey, String toName) {
        Map<String, String> copy = new HashMap<>(renames);
        copy.put(fromKey, toName);
        return new Answers(defaults, copy, notRenamed, irreversible, ignoreNulls);
    }

    /**
     * Answers "Did you move {@code fromKey} to {@code toKey}?" with yes; {@link #notRenamed} answers no.
     *
     * @param fromKey the model in its old app, {@code app.Model}
     * @param toKey   the model in its new app, {@code app.Model}
     * @return the changed copy
     */
    public Answers move(String fromKey, String toKey) {
        return rename(fromKey, toKey);
    }

    /**
     * Answers "Was {@code fromKey} renamed (or moved)?" with no: it was removed, and the new one added.
     *
     * @param fromKey the old field ({@code app.Model.field}) or model ({@code app.Model})
     * @return the changed copy
     */
    public Answers notRenamed(String fromKey) {
        Set<String> copy = new HashSet<>(notRenamed);
        copy.add(fromKey);
        return new Answers(defaults, renames, copy, irreversible, ignoreNulls);
    }

    /**
     * Answers the question about a NOT NULL field removed: its backwards step is irreversible.
     *
     * @param key the field, {@code app.Model.field}
     * @return the changed copy
     */
    public Answers irreversible(String key) {
        Set<String> copy = new HashSet<>(irreversible);
        copy.add(key);
        return new Answers(defaults, renames, notRenamed, copy, ignoreNulls);
    }

    /**
     * Answers the question about a field made NOT NULL: there are no NULLs, so no value is needed.
     *
     * @param key the field, {@code app.Model.field}
     * @return the changed copy
     */
    public Answers ignoreNulls(String key) {
        Set<String> copy = new HashSet<>(ignoreNulls);
        copy.add(key);
        return new Answers(defaults, renames, notRenamed, irreversible, copy);
    }

    /** Every answer given, as {@code property key} or {@code property key=value}, by its property and key. */
    java.util.SortedMap<String, String> given() {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        defaults.forEach((k, v) -> out.put("defaults " + k, "defaults " + k + "=" + v));
        renames.forEach((k, v) -> out.put("renames " + k, "renames " + k + "=" + v));
        notRenamed.forEach(k -> out.put("no-renames " + k, "no-renames " + k));
        irreversible.forEach(k -> out.put("irreversible " + k, "irreversible " + k));
        ignoreNulls.forEach(k -> out.put("ignore-nulls " + k, "ignore-nulls " + k));
        return out;
    }

    String defaultFor(String key) {
        return defaults.get(key);
    }

    String renameOf(String key) {
        return renames.get(key);
    }

    boolean isNotRenamed(String key) {
        return notRenamed.contains(key);
    }

    boolean isIrreversible(String key) {
        return irreversible.contains(key);
    }

    boolean isIgnoreNulls(String key) {
        return ignoreNulls.contains(key);
    }
}
