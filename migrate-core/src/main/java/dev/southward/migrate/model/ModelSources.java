package dev.southward.migrate.model;

import dev.southward.migrate.ModelDefinitionException;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The state of the {@link App} classes and the {@link ModelSource}s together, checked for clashes between them. */
public final class ModelSources {
    private ModelSources() {
    }

    /**
     * Scans the app classes and reads the sources into one state.
     *
     * @param appClasses the {@code @App} classes
     * @param sources    further model sources
     * @return all their models
     * @throws ModelDefinitionException when an app or a table comes from two sources, or a source's model is invalid
     */
    public static ProjectState scan(List<Class<?>> appClasses, List<ModelSource> sources) {
        ProjectState own = ModelScanner.scan(appClasses);
        if (sources.isEmpty()) {
            return own;
        }
        List<ModelState> all = new ArrayList<>(own.models().values());
        Map<String, String> appSource = new HashMap<>();
        Map<String, String> tableOwner = new HashMap<>();
        own.models().values().forEach(m -> {
            appSource.put(m.app(), "@App classes");
            tableOwner.put(m.table().toLowerCase(Locale.ROOT), m.key());
        });
        List<String> problems = new ArrayList<>();
        for (ModelSource source : sources) {
            String name = source.toString();
            Map<String, Boolean> seen = new HashMap<>();
            for (ModelState m : source.models()) {
                String previous = appSource.putIfAbsent(m.app(), name);
                if (previous != null && !previous.equals(name) && seen.putIfAbsent(m.app(), true) == null) {
                    problems.add(name + ": app '" + m.app() + "' already comes from " + previous
                            + " (an app's models come from one source)");
                }
                String owner = tableOwner.putIfAbsent(m.table().toLowerCase(Locale.ROOT), m.key());
                if (owner != null) {
                    problems.add(name + ": model " + m.key() + " uses table '" + m.table() + "' of " + owner);
                }
                all.add(m);
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelDefinitionException(problems);
        }
        return ProjectState.of(all);
    }
}
