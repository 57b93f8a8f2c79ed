package dev.southward.migrate.evolution;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Adds a composite {@code @Index} or {@code @UniqueTogether} over two fields, named by default or by hand. */
final class AddIndexKind implements ChangeKind {
    @Override
    public Change propose(ProjectState state, Random random) {
        ModelState m = Models.anyModel(state, random);
        if (m == null) {
            return null;
        }
        List<String> fields = new ArrayList<>(m.fields().stream().filter(Models::indexable).map(FieldState::name)
                .toList());
        if (fields.size() < 2) {
            return null;
        }
        Collections.shuffle(fields, random);
        String name = random.nextInt(4) == 0 ? Models.CUSTOM_INDEX + random.nextInt(1000) : "derived";
        return new AddIndex(m.key(), new IndexState(name, fields.subList(0, 2), random.nextBoolean()));
    }

    @Override
    public int weight() {
        return 6;
    }

    /** Adds {@code index} to {@code model}, unless it has one over the same fields. */
    record AddIndex(String model, IndexState index) implements Change {
        @Override
        public ProjectState applyRaw(ProjectState state) {
            ModelState m = state.model(model).orElse(null);
            if (m == null || m.indexes().stream().anyMatch(i -> i.fields().equals(index.fields()))) {
                return null;
            }
            return state.with(m.withIndex(index));
        }

        @Override
        public String describe() {
            return "add " + (index.unique() ? "unique-together " : "index ") + index.fields() + " to " + model
                    + (index.name().startsWith(Models.CUSTOM_INDEX) ? " named " + index.name() : "");
        }
    }
}
