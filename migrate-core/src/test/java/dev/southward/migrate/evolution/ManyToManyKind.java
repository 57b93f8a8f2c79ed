package dev.southward.migrate.evolution;

import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.Random;

/**
 * Adds a many-to-many field (a collection of another model, or of its own) to a model, which makes a join table, or
 * removes one. The join table itself is derived ({@link Models#join}), so renames and moves of either model carry it
 * along as the scanner would.
 */
final class ManyToManyKind implements ChangeKind {
    @Override
    public Change propose(ProjectState state, Random random) {
        if (random.nextInt(3) == 0) {
            ModelState join = Models.pick(state.models().values().stream().filter(m -> m.joinFor() != null)
                    .toList(), random);
            return join == null ? null : new Remove(owner(join), Models.joinField(join));
        }
        ModelState owner = Models.anyModel(state, random);
        ModelState target = Models.anyTarget(state, random);
        return owner == null ? null : new Add(owner.key(), AddFieldKind.freshField(owner, random), target.key());
    }

    @Override
    public int weight() {
        return 6;
    }

    private static String owner(ModelState join) {
        return join.fields().get(1).foreignKey().model();
    }

    /** Adds the many-to-many field {@code field} to {@code owner}, a collection of {@code target}. */
    record Add(String owner, String field, String target) implements Change {
        @Override
        public ProjectState applyRaw(ProjectState state) {
            ModelState o = state.model(owner).orElse(null);
            ModelState t = state.model(target).orElse(null);
            if (o == null || t == null || o.field(field).isPresent() || !o.isManaged() || o.joinFor() != null
                    || t.joinFor() != null || state.model(o.app(), o.name() + "_" + field).isPresent()) {
                return null;
            }
            return state.with(Models.join(o, field, t));
        }

        @Override
        public String describe() {
            return "add many-to-many field " + owner + "." + field + " to " + target;
        }
    }

    /** Removes the many-to-many field {@code field} of {@code owner}, and so its join table. */
    record Remove(String owner, String field) implements Change {
        @Override
        public ProjectState applyRaw(ProjectState state) {
            ModelState o = state.model(owner).orElse(null);
            String key = o == null ? null : o.app() + "." + o.name() + "_" + field;
            return key == null || state.model(key).isEmpty() ? null : state.without(key);
        }

        @Override
        public String describe() {
            return "remove many-to-many field " + owner + "." + field;
        }
    }
}
