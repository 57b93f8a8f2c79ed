package dev.southward.migrate.evolution;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.Random;

/**
 * Changes the type of a model's primary key (auto-increment integer, string, UUID); the foreign keys to it, in any
 * app, follow with their column type.
 */
final class ChangeKeyTypeKind implements ChangeKind {
    @Override
    public Change propose(ProjectState state, Random random) {
        ModelState m = Models.anyModel(state, random);
        return m == null ? null : new ChangeKey(m.key(), Keys.random("id", random));
    }

    @Override
    public int weight() {
        return 4;
    }

    /** Gives the key of {@code model} the type, size and auto-increment of {@code key} (keeping its name). */
    record ChangeKey(String model, FieldState key) implements Change {
        @Override
        public ProjectState applyRaw(ProjectState state) {
            ModelState m = state.model(model).orElse(null);
            if (m == null || m.primaryKey().size() != 1) {
                return null;
            }
            FieldState old = m.primaryKey().get(0);
            return state.with(m.replaceField(old.name(), x -> key.withName(old.name(), old.column())));
        }

        @Override
        public String describe() {
            return "change the key of " + model + " to " + Describe.field(key);
        }
    }
}
