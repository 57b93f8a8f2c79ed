package dev.southward.migrate.execute;

import dev.southward.migrate.MigrationFileException;
import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives model state by replaying operations in dependency order. The frozen snapshot in each file is only a
 * cache of this, checked against it.
 */
public final class StateReplayer {
    private StateReplayer() {
    }

    /**
     * The state after applying {@code migration} to {@code before}; errors name migration and operation.
     *
     * @param migration the migration whose operations are applied to the state
     * @param before    the state before it
     * @return the state after it
     * @throws MigrationFileException when an operation does not fit the state (e.g. a missing model)
     */
    public static ProjectState apply(Migration migration, ProjectState before) {
        ProjectState state = before;
        for (int i = 0; i < migration.operations().size(); i++) {
            state = applyOne(migration, i, state);
        }
        return state;
    }

    /**
     * The state before each operation of {@code migration} and, last, the state after it: element {@code i} is
     * the state operation {@code i} starts from.
     *
     * @param migration the migration
     * @param before    the state before it
     * @return {@code operations().size() + 1} states
     * @throws MigrationFileException when an operation does not fit the state
     */
    public static List<ProjectState> throughOperations(Migration migration, ProjectState before) {
        List<ProjectState> states = new ArrayList<>(migration.operations().size() + 1);
        states.add(before);
        for (int i = 0; i < migration.operations().size(); i++) {
            states.add(applyOne(migration, i, states.get(i)));
        }
        return states;
    }

    static ProjectState applyOne(Migration migration, int index, ProjectState state) {
        try {
            return migration.operations().get(index).apply(migration.app(), state);
        } catch (IllegalStateException | SouthwardException e) {
            throw invalid(migration, index, e);
        }
    }

    static MigrationFileException invalid(Migration migration, int index, RuntimeException e) {
        return new MigrationFileException(migration.where(index) + " in " + migration.source() + ": "
                + e.getMessage(), e);
    }

    /**
     * The state before each of {@code nodes}, replaying in graph order only the migrations in {@code nodes}.
     * {@code nodes} must be closed under dependencies for the result to be meaningful.
     *
     * @param graph the migrations
     * @param nodes the migrations replayed and whose state before is wanted
     * @return the state before each of them, by key
     */
    public static Map<MigrationKey, ProjectState> statesBefore(MigrationGraph graph, Collection<MigrationKey> nodes) {
        Set<MigrationKey> wanted = Set.copyOf(nodes);
        Map<MigrationKey, ProjectState> out = new HashMap<>();
        ProjectState state = ProjectState.empty();
        for (MigrationKey k : graph.order()) {
            if (wanted.contains(k)) {
                out.put(k, state);
                state = apply(graph.get(k), state);
            }
        }
        return out;
    }

    /**
     * The state after all of {@code nodes}, in graph order.
     *
     * @param graph the migrations
     * @param nodes the migrations replayed, closed under dependencies
     * @return the state after all of them
     */
    public static ProjectState stateAfter(MigrationGraph graph, Collection<MigrationKey> nodes) {
        Set<MigrationKey> wanted = Set.copyOf(nodes);
        ProjectState state = ProjectState.empty();
        for (MigrationKey k : graph.order()) {
            if (wanted.contains(k)) {
                state = apply(graph.get(k), state);
            }
        }
        return state;
    }
}
