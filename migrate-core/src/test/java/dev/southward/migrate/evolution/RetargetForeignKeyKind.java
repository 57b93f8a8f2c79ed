package dev.southward.migrate.evolution;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.Random;

/** Points a foreign key at another model, of any app (its column type follows the new target's key). */
final class RetargetForeignKeyKind implements ChangeKind {
    @Override
    public Change propose(ProjectState state, Random random) {
        ModelState m = Models.anyModel(state, random);
        FieldState f = m == null ? null
                : Models.pick(m.fields().stream().filter(x -> x.foreignKey() != null).toList(), random);
        ModelState target = Models.anyTarget(state, random);
        return f == null ? null : new Retarget(m.key(), f.name(), target.key());
    }

    @Override
    public int weight() {
        return 6;
    }

    /** Points the foreign key {@code field} of {@code model} at {@code target}. */
    record Retarget(String model, String field, String target) implements Change {
        @Override
        public ProjectState applyRaw(ProjectState state) {
            ModelState m = state.model(model).orElse(null);
            FieldState f = m == null ? null : m.field(field).orElse(null);
            if (f == null || f.foreignKey() == null || f.foreignKey().model().equals(target)) {
                return null;
            }
            return state.with(m.replaceField(field, x -> x.withForeignKey(
                    new ForeignKeyRef(target, x.foreignKey().onDelete()))));
        }

        @Override
        public String describe() {
            return "retarget foreign key " + model + "." + field + " to " + target;
        }
    }
}
