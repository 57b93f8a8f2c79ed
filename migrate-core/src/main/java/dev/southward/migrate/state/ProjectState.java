package dev.southward.migrate.state;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * All models of all apps at one point of the migration graph. Immutable, keyed by {@code app.Model} in sorted
 * order, so serialising it is deterministic.
 */
public final class ProjectState {
    private static final ProjectState EMPTY = new ProjectState(new TreeMap<>());
    private final TreeMap<String, ModelState> models;

    private ProjectState(TreeMap<String, ModelState> models) {
        this.models = models;
    }

    /**
     * The state before any migration: no models.
     *
     * @return the empty state
     */
    public static ProjectState empty() {
        return EMPTY;
    }

    /**
     * A state holding the given models.
     *
     * @param models the models; a later one with the same {@code app.Model} key replaces an earlier one
     * @return the state, sorted by key
     */
    public static ProjectState of(Collection<ModelState> models) {
        TreeMap<String, ModelState> map = new TreeMap<>();
        models.forEach(m -> map.put(m.key(), m));
        return new ProjectState(map);
    }

    /**
     * All models, sorted by {@code app.Model}.
     *
     * @return every model by its {@code app.Model} key, unmodifiable
     */
    public Map<String, ModelState> models() {
        return Collections.unmodifiableMap(models);
    }

    /**
     * The model with a key, if the state has it.
     *
     * @param key the model's {@code app.Model} key
     * @return the model, or empty
     */
    public Optional<ModelState> model(String key) {
        return Optional.ofNullable(models.get(key));
    }

    /**
     * The model of an app with a name, if the state has it.
     *
     * @param app  the app
     * @param name the model's name
     * @return the model, or empty
     */
    public Optional<ModelState> model(String app, String name) {
        return model(app + "." + name);
    }

    /**
     * The model, or an exception that names it.
     *
     * @param app  the app
     * @param name the model's name
     * @return the model
     * @throws IllegalStateException when the state has no such model (a migration refers to a model not created yet)
     */
    public ModelState requireModel(String app, String name) {
        return model(app, name).orElseThrow(() -> new IllegalStateException(
                "no model " + app + "." + name + " in the state at this point"));
    }

    /**
     * The models of one app, sorted by name.
     *
     * @param app the app
     * @return its models; empty when it has none
     */
    public List<ModelState> app(String app) {
        return models.values().stream().filter(m -> m.app().equals(app)).toList();
    }

    /**
     * The state restricted to one app.
     *
     * @param app the app
     * @return a state with only that app's models
     */
    public ProjectState onlyApp(String app) {
        return of(app(app));
    }

    /**
     * This state with a model added, or replaced when one with the same key exists.
     *
     * @param model the model
     * @return the changed copy
     */
    public ProjectState with(ModelState model) {
        TreeMap<String, ModelState> copy = new TreeMap<>(models);
        copy.put(model.key(), model);
        return new ProjectState(copy);
    }

    /**
     * This state without a model.
     *
     * @param key the model's {@code app.Model} key
     * @return the changed copy; equal to this one when it had no such model
     */
    public ProjectState without(String key) {
        TreeMap<String, ModelState> copy = new TreeMap<>(models);
        copy.remove(key);
        return new ProjectState(copy);
    }

    /**
     * The model owning a table name, if any.
     *
     * @param table the table name, compared case-insensitively
     * @return the model with that table, or empty
     */
    public Optional<ModelState> byTable(String table) {
        return models.values().stream().filter(m -> m.table().equalsIgnoreCase(table)).findFirst();
    }

    /**
     * Fields anywhere in the project that reference {@code key}, as (model, field) pairs.
     *
     * @param key the referenced model's {@code app.Model} key
     * @return the referencing models with their foreign key fields; empty when nothing references it
     */
    public List<Map.Entry<ModelState, FieldState>> referencesTo(String key) {
        return models.values().stream()
                .flatMap(m -> m.fields().stream()
                        .filter(f -> f.foreignKey() != null && f.foreignKey().model().equals(key))
                        .map(f -> Map.entry(m, f)))
                .toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectState p && p.models.equals(models);
    }

    @Override
    public int hashCode() {
        return models.hashCode();
    }

    @Override
    public String toString() {
        return "ProjectState" + models.keySet();
    }
}
