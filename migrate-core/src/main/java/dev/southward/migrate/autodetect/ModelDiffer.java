package dev.southward.migrate.autodetect;

import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.DeleteModel;
import dev.southward.migrate.operation.RemoveField;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Created and deleted models, ordered by their foreign keys: a referenced model is created before and deleted
 * after the models referencing it. A cycle of foreign keys among new models is broken by adding the closing
 * foreign key as a separate field once both tables exist; among deleted models by removing it first.
 */
final class ModelDiffer {
    private ModelDiffer() {
    }

    static void diff(String app, ProjectState from, ProjectState to, Changes changes) {
        List<ModelState> created = to.app(app).stream().filter(m -> from.model(m.key()).isEmpty()).toList();
        List<ModelState> deleted = from.app(app).stream().filter(m -> to.model(m.key()).isEmpty()).toList();
        Set<String> done = new HashSet<>();
        Set<String> createdKeys = new HashSet<>();
        created.forEach(m -> createdKeys.add(m.key()));
        for (ModelState m : dependencyOrder(created)) {
            ModelState model = m;
            for (FieldState f : m.fields()) {
                if (blocking(f, m, createdKeys, done)) {
                    // A cycle: this foreign key is added once its target exists.
                    model = model.withoutField(f.name());
                    changes.addedFields.add(new AddField(m.name(), f, null));
                }
            }
            changes.createdModels.add(CreateModel.of(model));
            done.add(m.key());
        }
        // The mirror image of creating: a foreign key that closed a cycle is removed before the tables go.
        Set<String> deletedKeys = new HashSet<>();
        deleted.forEach(m -> deletedKeys.add(m.key()));
        Set<String> recreated = new HashSet<>();
        List<ModelState> deleteOrder = new ArrayList<>(dependencyOrder(deleted));
        for (ModelState m : deleteOrder) {
            for (FieldState f : m.fields()) {
                if (blocking(f, m, deletedKeys, recreated)) {
                    changes.removedFields.add(new RemoveField(m.name(), f.name(), null, false));
                }
            }
            recreated.add(m.key());
        }
        Collections.reverse(deleteOrder);
        deleteOrder.forEach(m -> changes.deletedModels.add(new DeleteModel(m.name())));
    }

    private static boolean blocking(FieldState f, ModelState m, Set<String> newModels, Set<String> done) {
        String target = f.foreignKey() == null ? null : f.foreignKey().model();
        return target != null && !target.equals(m.key()) && !done.contains(target) && newModels.contains(target);
    }

    /**
     * Referenced models first, ties in name order (Kahn's algorithm, so thousands of models stay fast); in a cycle
     * the first remaining model by name goes next.
     */
    private static List<ModelState> dependencyOrder(List<ModelState> models) {
        Map<String, ModelState> byKey = new TreeMap<>();
        models.forEach(m -> byKey.put(m.key(), m));
        Map<String, Set<String>> waitingOn = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        for (ModelState m : models) {
            Set<String> needs = new HashSet<>();
            for (FieldState f : m.fields()) {
                String target = f.foreignKey() == null ? null : f.foreignKey().model();
                if (target != null && !target.equals(m.key()) && byKey.containsKey(target) && needs.add(target)) {
                    dependents.computeIfAbsent(target, k -> new ArrayList<>()).add(m.key());
                }
            }
            waitingOn.put(m.key(), needs);
        }
        TreeSet<String> pending = new TreeSet<>(byKey.keySet());
        TreeSet<String> ready = new TreeSet<>();
        pending.stream().filter(k -> waitingOn.get(k).isEmpty()).forEach(ready::add);
        List<ModelState> out = new ArrayList<>(models.size());
        while (!pending.isEmpty()) {
            String next = ready.isEmpty() ? pending.first() : ready.pollFirst();
            pending.remove(next);
            out.add(byKey.get(next));
            for (String d : dependents.getOrDefault(next, List.of())) {
                Set<String> waiting = waitingOn.get(d);
                if (waiting.remove(next) && waiting.isEmpty() && pending.contains(d)) {
                    ready.add(d);
                }
            }
        }
        return out;
    }
}
