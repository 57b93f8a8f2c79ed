package dev.southward.migrate.evolution;

import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.Names;
import dev.southward.migrate.state.ProjectState;
import java.util.Random;

/**
 * Moves a model class to another app (the questioner confirms the move), keeping its table ({@code @Model(table =
 * …)}) or taking the new app's default table name. Foreign keys to it and its many-to-many join tables follow it.
 */
final class MoveModelKind implements ChangeKind {
    @Override
    public Change propose(ProjectState state, Random random) {
        ModelState m = Models.anyModel(state, random);
        if (m == null) {
            return null;
        }
        String app = Models.pick(Models.APPS.stream().filter(a -> !a.equals(m.app())).toList(), random);
        return new Move(m.key(), app, random.nextBoolean());
    }

    @Override
    public int weight() {
        return 4;
    }

    /** Moves the model {@code key} to {@code app}, keeping its table or renaming it to the new app's default. */
    record Move(String key, String app, boolean keepTable) implements Change {
        @Override
        public ProjectState applyRaw(ProjectState state) {
            ModelState m = state.model(key).orElse(null);
            if (m == null || !m.isManaged() || m.joinFor() != null || m.app().equals(app)
                    || state.model(app, m.name()).isPresent()) {
                return null;
            }
            String table = keepTable || !m.table().equals(Names.defaultTable(m.app(), m.name())) ? m.table()
                    : Names.defaultTable(app, m.name());
            ModelState moved = new ModelState(app, m.name(), table, m.fields(), m.indexes());
            return Models.referencesFollow(state.without(key).with(moved), key, moved.key());
        }

        @Override
        public boolean movesModel(String fromKey, String toKey) {
            return fromKey.equals(key) && toKey.equals(app + key.substring(key.indexOf('.')));
        }

        @Override
        public String describe() {
            return "move model " + key + " to app " + app + (keepTable ? ", keeping its table" : "");
        }
    }
}
