package dev.southward.migrate.evolution;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.Random;

/**
 * Removes a field that is not the key, and the composite indexes naming it (NOT NULL ones need a value for
 * backwards: the questioner gives it).
 */
final class RemoveFieldKind implements ChangeKind {
    @Override
    public Change propose(ProjectState state, Random random) {
        ModelState m = Models.anyModel(state, random);
        FieldState f = m == null ? null : Models.pick(m.fields().stream().filter(x -> !x.primaryKey()).toList(), random);
        return f == null ? null : new Remove(m.key(), f.name());
    }

    @Override
    public int weight() {
        return 8;
    }

    /** Removes the field {@code field} of {@code model}. */
    record Remove(String model, String field) implements Change {
        @Override
        public ProjectState applyRaw(ProjectState state) {
            ModelState m = state.model(model).orElse(null);
            if (m == null || m.field(field).map(FieldState::primaryKey).orElse(true)) {
                return null;
            }
            return state.with(Models.withoutIndexesOn(m, field).withoutField(field));
        }

        @Override
        public String describe() {
            return "remove field " + model + "." + field + " (and the indexes naming it)";
        }
    }
}
