package dev.southward.migrate.evolution;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.Names;
import dev.southward.migrate.state.ProjectState;
import java.util.Random;

/**
 * Renames a field (its column follows); the questioner confirms the rename. Composite indexes name the new field. A
 * declared key may be renamed too, not the automatic {@code id}.
 */
final class RenameFieldKind implements ChangeKind {
    @Override
    public Change propose(ProjectState state, Random random) {
        ModelState m = Models.anyModel(state, random);
        FieldState f = m == null ? null : Models.pick(m.fields().stream().filter(x -> !x.name().equals("id")).toList(),
                random);
        return f == null ? null : new RenameField(m.key(), f.name(), AddFieldKind.freshField(m, random));
    }

    @Override
    public int weight() {
        return 6;
    }

    /** Renames the field {@code from} of {@code model} to {@code to}. */
    record RenameField(String model, String from, String to) implements Change {
        @Override
        public ProjectState applyRaw(ProjectState state) {
            ModelState m = state.model(model).orElse(null);
            FieldState f = m == null ? null : m.field(from).orElse(null);
            if (f == null || m.field(to).isPresent()) {
                return null;
            }
            String column = Names.snake(to) + (f.foreignKey() != null ? "_id" : "");
            ModelState renamed = m.replaceField(from, x -> x.withName(to, column)).withIndexes(m.indexes().stream()
                    .map(i -> new IndexState(i.name(), i.fields().stream().map(x -> x.equals(from) ? to : x).toList(),
                            i.unique())).toList());
            return state.with(renamed);
        }

        @Override
        public boolean renamesField(String fromKey, String toName) {
            return fromKey.equals(model + "." + from) && toName.equals(to);
        }

        @Override
        public String describe() {
            return "rename field " + model + "." + from + " to " + to;
        }
    }
}
