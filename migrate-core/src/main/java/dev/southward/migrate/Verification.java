package dev.southward.migrate;

import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.execute.Checkpoints;
import dev.southward.migrate.execute.StateReplayer;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.introspect.LiveSchema;
import dev.southward.migrate.introspect.SchemaComparator;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Verify: the live schema of each app against the replayed state of its last applied migration, the frozen
 * snapshot against that replay, and, when they differ, whether the next pending migration explains it.
 */
final class Verification {
    private Verification() {
    }

    static VerifyResult verify(MigrationGraph graph, Set<MigrationKey> applied, Dialect dialect, LiveSchema live) {
        ProjectState state = StateReplayer.stateAfter(graph, applied);
        SchemaComparator comparator = new SchemaComparator(dialect);
        Map<String, List<String>> out = new TreeMap<>();
        for (String app : graph.apps()) {
            List<String> differences = new ArrayList<>(comparator.differences(state, state.app(app), live));
            graph.app(app).stream().filter(applied::contains).reduce((a, b) -> b).ifPresent(last -> {
                if (applied.containsAll(graph.ancestors(last))) {
                    // The nearest checkpoint's snapshot: later files carry none.
                    Checkpoints.differing(graph, last, state).ifPresent(at -> differences.add(app + ": the frozen "
                            + "snapshot of " + at + " differs from the state its operations produce ("
                            + graph.get(at).source() + ")"));
                }
            });
            if (!differences.isEmpty()) {
                differences.add(nextMigrationNote(graph, applied, state, app, comparator, live));
            }
            out.put(app, differences);
        }
        return new VerifyResult(out);
    }

    /**
     * When the schema differs from the last applied migration: does it match the state after the next pending one
     * (applied but not recorded), or neither (stopped half-way with no journal: DDL by hand or another tool)?
     */
    private static String nextMigrationNote(MigrationGraph graph, Set<MigrationKey> applied, ProjectState state,
            String app, SchemaComparator comparator, LiveSchema live) {
        MigrationKey next = graph.app(app).stream().filter(k -> !applied.contains(k)
                && applied.containsAll(graph.parents(k))).findFirst().orElse(null);
        if (next == null) {
            return app + ": no pending migration explains the differences: the schema was changed outside "
                    + "migrations.";
        }
        ProjectState after = StateReplayer.apply(graph.get(next), state);
        return comparator.differences(after, after.app(app), live).isEmpty()
                ? app + ": the live schema matches the state after " + next + ", which is not recorded as applied: "
                        + "record it with fake if it was applied by hand."
                : app + ": the live schema matches neither the state before nor after " + next + ": it may have "
                        + "stopped half-way with no journal (DDL run by hand or by another tool).";
    }
}
