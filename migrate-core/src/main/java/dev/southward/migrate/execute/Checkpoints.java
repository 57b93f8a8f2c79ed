package dev.southward.migrate.execute;

import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.state.ProjectState;
import java.util.Optional;

/**
 * The frozen snapshots that remain: only checkpoints carry one (and files written before checkpoints, each). A
 * snapshot is a cache of the replay, so checking it means comparing the nearest one with the replay up to it.
 */
public final class Checkpoints {
    private Checkpoints() {
    }

    /**
     * The latest migration of {@code key}'s app, walking back from {@code key} through its app's previous
     * migrations, whose file carries a snapshot. The walk stops at a merge: a snapshot before it describes one
     * branch only.
     *
     * @param graph the migrations
     * @param key   where to start looking back
     * @return that migration, or empty when none carries a snapshot
     */
    public static Optional<MigrationKey> nearest(MigrationGraph graph, MigrationKey key) {
        MigrationKey k = key;
        while (true) {
            if (graph.get(k).frozen() != null) {
                return Optional.of(k);
            }
            MigrationKey previous = null;
            for (MigrationKey p : graph.parents(k)) {
                if (p.app().equals(k.app())) {
                    if (previous != null) {
                        return Optional.empty();
                    }
                    previous = p;
                }
            }
            if (previous == null) {
                return Optional.empty();
            }
            k = previous;
        }
    }

    /**
     * Whether the nearest snapshot at or before {@code key} differs from the replay of its ancestors; the
     * migration that carries it, or empty when it matches (or there is none).
     *
     * @param graph    the migrations
     * @param key      where to start looking back
     * @param replayed the replayed state after {@code key} (used when the snapshot is {@code key}'s own)
     * @return the checkpoint whose snapshot differs, or empty
     */
    public static Optional<MigrationKey> differing(MigrationGraph graph, MigrationKey key, ProjectState replayed) {
        Optional<MigrationKey> nearest = nearest(graph, key);
        if (nearest.isEmpty()) {
            return Optional.empty();
        }
        MigrationKey at = nearest.get();
        ProjectState state = at.equals(key) ? replayed : StateReplayer.stateAfter(graph, graph.ancestors(at));
        return graph.get(at).frozen().equals(state.onlyApp(key.app())) ? Optional.empty() : nearest;
    }
}
