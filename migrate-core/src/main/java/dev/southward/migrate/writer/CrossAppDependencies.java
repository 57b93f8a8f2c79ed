package dev.southward.migrate.writer;

import dev.southward.migrate.MigrationGraphException;
import dev.southward.migrate.execute.StateReplayer;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.AlterField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.ModelMoved;
import dev.southward.migrate.operation.MoveModel;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.operation.RenameModel;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The migrations of other apps that a new migration must depend on, both ways:
 * <ul>
 * <li>a new or changed foreign key into another app needs that app's latest migration (its target exists, with its
 * final key);</li>
 * <li>deleting, renaming or moving a model, or changing its table or primary key, needs the migrations of other apps
 * that removed or moved their foreign keys to it. Otherwise migrating backwards could unapply such a migration, re-adding a foreign key, while
 * the model is still deleted;</li>
 * <li>an operation that changes other apps' tables (a re-typed key takes their foreign key columns along) needs
 * their latest migrations: the columns it changes exist first, and backwards they are dropped only after it.</li>
 * </ul>
 */
final class CrossAppDependencies {
    private final MigrationGraph graph;
    private final Map<String, MigrationKey> leaves;
    private final List<Made> made;

    /**
     * A migration made in this run, with the state of its app after it.
     *
     * @param key   the migration
     * @param after the state of all apps after it
     */
    record Made(MigrationKey key, ProjectState after) {
    }

    /**
     * @param graph  the existing migrations
     * @param leaves the latest migration of each app, including the ones made in this run
     * @param made   the migrations made so far in this run, in order
     */
    CrossAppDependencies(MigrationGraph graph, Map<String, MigrationKey> leaves, List<Made> made) {
        this.graph = graph;
        this.leaves = leaves;
        this.made = made;
    }

    /**
     * The dependencies on other apps of a migration of {@code app} made of {@code ops}.
     *
     * @param app    the app of the new migration
     * @param ops    its operations
     * @param before the project state before it
     * @return the other apps' migrations it depends on
     */
    Set<MigrationKey> of(String app, List<Operation> ops, ProjectState before) {
        Set<MigrationKey> deps = new LinkedHashSet<>();
        ProjectState state = before;
        for (Operation op : ops) {
            // A move needs the migration that made the model in its old app; the old app's record of the move needs
            // the migration that moved it (made before it in this run).
            if (op instanceof MoveModel m) {
                deps.add(leaf(app, m.fromApp()));
                state.model(m.from()).ifPresent(x -> x.fields().stream().filter(f -> f.foreignKey() != null
                        && !f.foreignKey().app().equals(app) && !f.foreignKey().model().equals(m.from()))
                        .forEach(f -> deps.add(leaf(app, f.foreignKey().app()))));
                referencingApps(state, m.from(), app).forEach(other -> deps.add(leaf(app, other)));
            } else if (op instanceof RenameModel r) {
                referencingApps(state, app + "." + r.from(), app).forEach(other -> deps.add(leaf(app, other)));
            } else if (op instanceof ModelMoved m) {
                deps.add(leaf(app, m.to().substring(0, m.to().indexOf('.'))));
            }
            ProjectState next = op.apply(app, state);
            if (!(op instanceof MoveModel || op instanceof RenameModel || op instanceof ModelMoved)) {
                for (String other : changedApps(app, state, next)) {
                    deps.add(leaf(app, other));
                }
            }
            for (FieldState f : newFields(op)) {
                if (f.foreignKey() != null && !f.foreignKey().app().equals(app)) {
                    deps.add(leaf(app, f.foreignKey().app()));
                }
            }
            for (String released : releasedModels(state, next)) {
                for (String other : graph.apps()) {
                    if (!other.equals(app)) {
                        lastRelease(other, released).ifPresent(deps::add);
                    }
                }
            }
            state = next;
        }
        return deps;
    }

    /**
     * The other apps whose models an operation changes: the foreign key columns that follow a re-typed key. The
     * operation changes their tables, so those must exist first (and, backwards, be dropped only after it).
     *
     * @param app    the app of the operation
     * @param before the state before it
     * @param after  the state after it
     * @return the other apps, sorted
     */
    static Set<String> changedApps(String app, ProjectState before, ProjectState after) {
        Set<String> out = new java.util.TreeSet<>();
        before.models().values().forEach(m -> {
            if (!m.app().equals(app) && !after.model(m.key()).map(m::equals).orElse(false)) {
                out.add(m.app());
            }
        });
        return out;
    }

    /**
     * The other apps whose foreign keys follow a renamed or moved model: their migrations are replayed before it,
     * or a foreign key made later in the replay would point at the old name.
     */
    private static Set<String> referencingApps(ProjectState before, String model, String app) {
        Set<String> out = new java.util.TreeSet<>();
        before.referencesTo(model).forEach(e -> out.add(e.getKey().app()));
        out.remove(app);
        out.remove(model.substring(0, model.indexOf('.')));
        return out;
    }

    private static List<FieldState> newFields(Operation op) {
        return op instanceof CreateModel c ? c.fields() : op instanceof AddField a ? List.of(a.field())
                : op instanceof AlterField a ? List.of(a.field()) : List.of();
    }

    /**
     * The models whose references must be gone first: deleted, renamed or moved (no longer under their key), or with
     * another table or primary key. A foreign key re-added to such a model by unapplying an older migration of another
     * app would name its old table or key column.
     */
    private static List<String> releasedModels(ProjectState before, ProjectState after) {
        List<String> out = new ArrayList<>();
        for (ModelState m : before.models().values()) {
            ModelState now = after.model(m.key()).orElse(null);
            if (now == null || !now.table().equals(m.table()) || !now.primaryKey().equals(m.primaryKey())) {
                out.add(m.key());
            }
        }
        return out;
    }

    /**
     * The latest migration of {@code other} after which it no longer references {@code model} though it did just
     * before, among its existing migrations and those made in this run.
     */
    private java.util.Optional<MigrationKey> lastRelease(String other, String model) {
        // The state after each migration of the other app, by replay (only checkpoints carry a snapshot).
        List<Map.Entry<MigrationKey, ProjectState>> history = new ArrayList<>();
        ProjectState state = ProjectState.empty();
        for (MigrationKey key : graph.order()) {
            state = StateReplayer.apply(graph.get(key), state);
            if (key.app().equals(other)) {
                history.add(Map.entry(key, state));
            }
        }
        for (Made m : made) {
            if (m.key().app().equals(other)) {
                history.add(Map.entry(m.key(), m.after()));
            }
        }
        MigrationKey found = null;
        boolean referenced = false;
        for (Map.Entry<MigrationKey, ProjectState> e : history) {
            boolean now = references(e.getValue(), other, model);
            if (referenced && !now) {
                found = e.getKey();
            }
            referenced = now;
        }
        return java.util.Optional.ofNullable(found);
    }

    private static boolean references(ProjectState state, String app, String model) {
        return state.referencesTo(model).stream().anyMatch(e -> e.getKey().app().equals(app));
    }

    private MigrationKey leaf(String app, String other) {
        MigrationKey leaf = leaves.get(other);
        if (leaf == null) {
            List<MigrationKey> l = graph.leaves(other);
            if (l.isEmpty()) {
                throw new MigrationGraphException("App " + app + " has a foreign key to " + other
                        + ", which has no migrations yet: make " + other + "'s migrations first");
            }
            leaf = l.get(l.size() - 1);
        }
        return leaf;
    }
}
