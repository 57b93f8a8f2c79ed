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

    public static ProjectState empty() {
        return EMPTY;
    }

    public static ProjectState of(Collection<ModelState> models) {
        TreeMap<String, ModelState> map = new TreeMap<>();
        models.forEach(m -> map.put(m.key(), m));
        return new ProjectState(map);
    }

    /** All models, sorted by {@code app.Model}. */
    public Map<String, ModelState> models() {
        return Collections.unmodifiableMap(models);
    }

    public Optional<ModelState> model(String key) {
        return Optional.ofNullable(models.get(key));
    }

    public Optional<ModelState> model(String app, String name) {
        return model(app + "." + name);
    }

    /** The model, or an exception that names it. */
    public ModelState requireModel(String app, String name) {
        return model(app, name).orElseThrow(() -> new IllegalStateException(
                "no model " + app + "." + name + " in the state at this point"));
    }

    /** The models of one app, sorted by name. */
    public List<ModelState> app(String app) {
        return models.values().stream().filter(m -> m.app().equals(app)).toList();
    }

    /** The state restricted to one app. */
    public ProjectState onlyApp(String app) {
        return of(app(app));
    }

    public ProjectState with(ModelState model) {
        TreeMap<String, ModelState> copy = new TreeMap<>(models);
        copy.put(model.key(), model);
        return new ProjectState(copy);
    }

    public ProjectState without(String key) {
        TreeMap<String, ModelState> copy = new TreeMap<>(models);
        copy.remove(key);
        return new ProjectState(copy);
    }

    /** The model owning a table name, if any. */
    public Optional<ModelState> byTable(String table) {
        return models.values().stream().filter(m -> m.table().equalsIgnoreCase(table)).findFirst();
    }

    /** Fields anywhere in the project that reference {@code key}, as (model, field) pairs. */
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
