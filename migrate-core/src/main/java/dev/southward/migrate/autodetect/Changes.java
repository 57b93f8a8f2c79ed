package dev.southward.migrate.autodetect;

import dev.southward.migrate.operation.Operation;
import java.util.ArrayList;
import java.util.List;

/** Operations found by the differs, grouped by the phase in which they must run (see {@link #ordered()}). */
final class Changes {
    final List<Operation> renames = new ArrayList<>();
    final List<Operation> removedIndexes = new ArrayList<>();
    final List<Operation> removedFields = new ArrayList<>();
    final List<Operation> deletedModels = new ArrayList<>();
    final List<Operation> createdModels = new ArrayList<>();
    final List<Operation> addedFields = new ArrayList<>();
    final List<Operation> alteredFields = new ArrayList<>();
    final List<Operation> addedIndexes = new ArrayList<>();

    /**
     * Renames first, so later operations use the new names; then everything that removes (indexes before their
     * fields, fields before models, referencing models before referenced ones); then everything that adds
     * (referenced models before referencing ones, fields before the indexes over them). Backwards runs the exact
     * reverse.
     */
    List<Operation> ordered() {
        List<Operation> out = new ArrayList<>(renames);
        out.addAll(removedIndexes);
        out.addAll(removedFields);
        out.addAll(deletedModels);
        out.addAll(createdModels);
        out.addAll(addedFields);
        out.addAll(alteredFields);
        out.addAll(addedIndexes);
        return out;
    }
}
