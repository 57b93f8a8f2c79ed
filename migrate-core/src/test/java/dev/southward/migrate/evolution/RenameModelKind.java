package dev.southward.migrate.evolution;

import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.Names;
import dev.southward.migrate.state.ProjectState;
import java.util.Random;

/** Renames a model class (its table follows); the questioner confirms the rename. Foreign keys to it follow. */
final class RenameModelKind implements ChangeKind {
    @Override
    public Change propose(ProjectState state, Random random) {
        ModelState m = Models.anyModel(state, random);
        if (m == null) {
            return null;
        }
        return new Rename(m.key(), Models.freshModelName(state, random));
    }

    @Override
    public int weight() {
        return 4;
    }

    /** Renames the model {@code key} to {@code newName} in the same app. */
    record Rename(String key, String newName) implements Change {
        @Override
        public ProjectState applyRaw(ProjectState state) {
            ModelState m = state.model(key).orElse(null);
            if (m == null || state.model(m.app(), newName).isPresent()) {
                return null;
            }
            // A table named in @Model(table = ...) stays; a derived one follows the class name.
            String table = m.table().equals(Names.defaultTable(m.app(), m.name()))
                    ? Names.defaultTable(m.app(), newName) : m.table();
            ModelState renamed = m.withName(newName, table);
            return Models.referencesFollow(state.without(key).with(renamed), key, renamed.key());
        }

        @Override
        public boolean renamesModel(String fromKey, String toName) {
            return fromKey.equals(key) && toName.equals(newName);
        }

        @Override
        public String describe() {
            return "rename model " + key + " to " + newName;
        }
    }
}
