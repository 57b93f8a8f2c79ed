package dev.southward.migrate.writer;

import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Apps whose models were changed by another app's migration, without a change of their own: a foreign key that
 * followed a model renamed or moved in another app. Such an app gets a migration without operations whose frozen
 * snapshot records the new target, depending on the migrations that changed it; otherwise its latest snapshot
 * would no longer match the replay.
 */
final class Follower {
    private final MigrationGraph graph;
    private final Map<String, MigrationKey> leaves;
    private final ProjectState initial;
    private final List<Change> changes = new ArrayList<>();

    private record Change(MigrationKey key, ProjectState before, ProjectState after) {
    }

    /**
     * @param graph   the existing migrations
     * @param leaves  the latest migration of each app, including the ones made in this run
     * @param initial the project state before this run
     */
    Follower(MigrationGraph graph, Map<String, MigrationKey> leaves, ProjectState initial) {
        this.graph = graph;
        this.leaves = leaves;
        this.initial = initial;
    }

    /** Records a migration made in this run with the state before and after it. */
    void made(MigrationKey key, ProjectState before, ProjectState after) {
        changes.add(new Change(key, before, after));
    }

    /**
     * The migrations of other apps made in this run that changed {@code app}'s models, when its latest snapshot no
     * longer matches {@code current}; else empty.
     *
     * @param app     an app without changes of its own
     * @param current the project state now
     * @return the migrations its follow-up migration depends on
     */
    Set<MigrationKey> causes(String app, ProjectState current) {
        List<MigrationKey> existing = graph.leaves(app);
        MigrationKey leaf = leaves.getOrDefault(app, existing.isEmpty() ? null : existing.get(existing.size() - 1));
        if (leaf == null || !graph.contains(leaf) || current.onlyApp(app).equals(graph.get(leaf).frozen())
                || initial.onlyApp(app).equals(current.onlyApp(app))) {
            return Set.of();
        }
        Set<MigrationKey> out = new TreeSet<>();
        for (Change c : changes) {
            if (!c.key().app().equals(app) && !c.before().onlyApp(app).equals(c.after().onlyApp(app))) {
                out.add(c.key());
            }
        }
        return out;
    }

    /** {@code follow_inventory_0002}: the name of a follow-up migration. */
    static String name(Set<MigrationKey> causes) {
        MigrationKey first = causes.iterator().next();
        return MigrationNames.clean("follow_" + first.app() + "_" + String.format("%04d", first.number()));
    }
}
