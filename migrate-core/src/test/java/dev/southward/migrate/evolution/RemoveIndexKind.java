package dev.southward.migrate.evolution;

import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.List;
import java.util.Random;

/** Removes a composite index or unique-together, named by its fields (its name may have been derived anew). */
final class RemoveIndexKind implements ChangeKind {
    @Override
    public Change propose(ProjectState state, Random random) {
        ModelState m = Models.anyModel(state, random);
        IndexState i = m == null ? null : Models.pick(m.indexes(), random);
        return i == null ? null : new RemoveIndex(m.key(), i.fields());
    }

    @Override
    public int weight() {
        return 4;
    }

    /** Removes the index of {@code model} over {@code fields}. */
    record RemoveIndex(String model, List<String> fields) implements Change {
        @Override
        public ProjectState applyRaw(ProjectState state) {
            ModelState m = state.model(model).orElse(null);
            if (m == null || m.indexes().stream().noneMatch(i -> i.fields().equals(fields))) {
                return null;
            }
            return state.with(m.withIndexes(m.indexes().stream().filter(i -> !i.fields().equals(fields)).toList()));
        }

        @Override
        public String describe() {
            return "remove the index over " + fields + " from " + model;
        }
    }
}
