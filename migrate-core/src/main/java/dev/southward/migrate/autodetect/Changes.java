package dev.southward.migrate.autodetect;

import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.operation.RemoveField;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Operations found by the differs, by kind. The kinds only give the preferred order of operations that do not
 * depend on each other (renames, then removals, then additions, as South writes them); the order itself comes from
 * the dependencies between the operations (see {@link #ordered}).
 */
final class Changes {
    final List<Operation> renames = new ArrayList<>();
    final List<Operation> removedIndexes = new ArrayList<>();
    final List<Operation> removedFields = new ArrayList<>();
    final List<Operation> deletedModels = new ArrayList<>();
    final List<Operation> createdModels = new ArrayList<>();
    final List<Operation> addedFields = new ArrayList<>();
    final List<Operation> alteredFields = new ArrayList<>();
    final List<Operation> addedIndexes = new ArrayList<>();
    final List<Operation> alteredOptions = new ArrayList<>();

    /**
     * All operations, topologically sorted by their dependencies ({@link Footprint}, {@link OperationGraph}): a
     * model is created before the foreign keys to it, a foreign key moved away or removed before its old target is
     * deleted, an index removed before its fields, a key changed before the foreign keys that follow it. Backwards
     * runs the exact reverse, which therefore also applies.
     *
     * @param app     the app
     * @param from    the state of the current migrations
     * @param renamed that state with the accepted renames applied
     * @return the operations in the order to run them forwards
     */
    List<Operation> ordered(String app, ProjectState from, ProjectState renamed) {
        List<Operation> all = new ArrayList<>(renames);
        all.addAll(removedIndexes);
        all.addAll(removedFields);
        all.addAll(deletedModels);
        all.addAll(createdModels);
        all.addAll(addedFields);
        all.addAll(alteredFields);
        all.addAll(addedIndexes);
        all.addAll(alteredOptions);
        Set<String> separatelyRemoved = new HashSet<>();
        for (Operation op : removedFields) {
            RemoveField r = (RemoveField) op;
            separatelyRemoved.add(app + "." + r.model() + "." + r.name());
        }
        List<Footprint> footprints = all.stream()
                .map(op -> Footprint.of(app, op, from, renamed, separatelyRemoved)).toList();
        return new OperationGraph(footprints).order().stream().map(all::get).toList();
    }
}
