package dev.southward.migrate.evolution;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.Random;

/**
 * Deletes a model (managed or not). As a developer must, it also removes the foreign keys to it from the other models
 * (any app), and the composite indexes that named them; its many-to-many fields, and those to it, go with it
 * ({@link Models#normalize}).
 */
final class DeleteModelKind implements ChangeKind {
    @Override
    public Change propose(ProjectState state, Random random) {
        ModelState m = Models.anyTarget(state, random);
        return m == null || state.models().size() < 3 ? null : new Delete(m.key());
    }

    @Override
    public int weight() {
        return 4;
    }

    /** Deletes the model {@code key} and every foreign key to it. */
    record Delete(String key) implements Change {
        @Override
        public ProjectState applyRaw(ProjectState state) {
            ModelState gone = state.model(key).orElse(null);
            // A table handed over to another owner stays when its model goes; a later model could not take its name.
            if (gone == null || gone.joinFor() != null || !gone.isManaged() && !gone.table().startsWith(Models.EXTERNAL)) {
                return null;
            }
            ProjectState out = state.without(key);
            for (ModelState m : out.models().values()) {
                if (m.joinFor() != null) {
                    continue; // a join table goes with either of its models (Models.normalize)
                }
                ModelState changed = m;
                for (FieldState f : m.fields()) {
                    if (f.foreignKey() != null && f.foreignKey().model().equals(key)) {
                        changed = Models.withoutIndexesOn(changed, f.name()).withoutField(f.name());
                    }
                }
                out = out.with(changed);
            }
            return out;
        }

        @Override
        public String describe() {
            return "delete model " + key + " (and the foreign keys to it)";
        }
    }
}
