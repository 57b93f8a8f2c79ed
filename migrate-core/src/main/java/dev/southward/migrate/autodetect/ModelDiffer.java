package dev.southward.migrate.autodetect;

import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.DeleteModel;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Created and deleted models, ordered by their foreign keys: a referenced model is created before and deleted
 * after the models referencing it. A cycle of foreign keys among new models is broken by adding the closing
 * foreign key as a separate field once both tables exist.
 */
final class ModelDiffer {
    private ModelDiffer() {
    }

    static void diff(String app, ProjectState from, ProjectState to, Changes changes) {
        List<ModelState> created = to.app(app).stream().filter(m -> from.model(m.key()).isEmpty()).toList();
        List<ModelState> deleted = from.app(app).stream().filter(m -> to.model(m.key()).isEmpty()).toList();
        create(created, changes);
        List<ModelState> deleteOrder = new ArrayList<>(dependencyOrder(deleted));
        java.util.Collections.reverse(deleteOrder);
        deleteOrder.forEach(m -> changes.deletedModels.add(new DeleteModel(m.name())));
    }

    private static void create(List<ModelState> created, Changes changes) {
        Set<String> done = new LinkedHashSet<>();
        List<ModelState> pending = new ArrayList<>(created);
        Set<String> newKeys = new LinkedHashSet<>();
        created.forEach(m -> newKeys.add(m.key()));
        while (!pending.isEmpty()) {
            ModelState next = pending.stream().filter(m -> ready(m, newKeys, done)).findFirst().orElse(null);
            if (next == null) {
                next = pending.get(0);
                ModelState first = next;
                List<FieldState> deferred = first.fields().stream().filter(f -> blocking(f, first, newKeys, done))
                        .toList();
                ModelState model = first;
                for (FieldState f : deferred) {
                    model = model.withoutField(f.name());
                    changes.addedFields.add(new AddField(next.name(), f, null));
                }
                changes.createdModels.add(CreateModel.of(model));
            } else {
                changes.createdModels.add(CreateModel.of(next));
            }
            done.add(next.key());
            pending.remove(next);
        }
    }

    private static boolean ready(ModelState m, Set<String> newKeys, Set<String> done) {
        return m.fields().stream().noneMatch(f -> blocking(f, m, newKeys, done));
    }

    private static boolean blocking(FieldState f, ModelState m, Set<String> newKeys, Set<String> done) {
        return f.foreignKey() != null && !f.foreignKey().model().equals(m.key())
                && newKeys.contains(f.foreignKey().model()) && !done.contains(f.foreignKey().model());
    }

    /** Referenced models first; ties keep name order. */
    private static List<ModelState> dependencyOrder(List<ModelState> models) {
        Set<String> keys = new LinkedHashSet<>();
        models.forEach(m -> keys.add(m.key()));
        List<ModelState> out = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        List<ModelState> pending = new ArrayList<>(models);
        while (!pending.isEmpty()) {
            ModelState next = pending.stream().filter(m -> ready(m, keys, done)).findFirst().orElse(pending.get(0));
            out.add(next);
            done.add(next.key());
            pending.remove(next);
        }
        return out;
    }
}
