package dev.southward.migrate.squash;

import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.plan.Plan;
import dev.southward.migrate.plan.PlanStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The history rows of squashes, as Django records them: a squash in use is recorded under its own name and under
 * the name of each replaced migration whose file is still here (so an older build still sees them applied). The
 * executor writes the squash's own row; the rows it lacks are written here, under the migration lock, "on the spot":
 * <ul>
 * <li>every replaced migration applied (the old files ran) but no row for the squash: the squash's row;</li>
 * <li>the squash's row applied (it ran) but a replaced migration's row missing: that row.</li>
 * </ul>
 * Before a squash is unapplied the rows of its replaced migrations are deleted first, so that a stop half-way
 * leaves the squash's own row between migrations rather than a range that looks applied.
 */
public final class SquashHistory {
    private SquashHistory() {
    }

    /**
     * The rows to write so that each squash in use and its replaced migrations are recorded alike.
     *
     * @param graph the graph for the history
     * @param rows  the history rows
     * @return rows to write (applied), empty when all is recorded
     */
    public static List<HistoryRow> missing(MigrationGraph graph, List<HistoryRow> rows) {
        if (graph.squashes().isEmpty()) {
            return List.of();
        }
        Map<MigrationKey, HistoryRow> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(r.key(), r));
        Map<MigrationKey, Migration> files = new HashMap<>();
        graph.files().forEach(m -> files.put(m.key(), m));
        List<HistoryRow> out = new ArrayList<>();
        graph.squashes().forEach((squash, replaced) -> {
            HistoryRow own = byKey.get(squash);
            boolean allReplaced = replaced.stream().allMatch(r -> byKey.containsKey(r) && byKey.get(r).applied());
            if (own == null && allReplaced) {
                out.add(applied(squash, graph.get(squash).checksum()));
            } else if (own != null && own.applied()) {
                replaced.stream().filter(r -> !byKey.containsKey(r) && files.containsKey(r))
                        .forEach(r -> out.add(applied(r, files.get(r).checksum())));
            }
        });
        return out;
    }

    /**
     * The rows of replaced migrations (files still here, no row yet) to record with each squash the plan applies,
     * in the same write as the squash's own row, so that no state is left where one is recorded without the other.
     *
     * @param graph the graph for the history
     * @param plan  the plan
     * @param rows  the history rows
     * @return squash to the rows to write with it; empty when none
     */
    public static Map<MigrationKey, List<HistoryRow>> companions(MigrationGraph graph, Plan plan,
            List<HistoryRow> rows) {
        if (graph.squashes().isEmpty()) {
            return Map.of();
        }
        java.util.Set<MigrationKey> recorded = new java.util.HashSet<>();
        rows.forEach(r -> recorded.add(r.key()));
        Map<MigrationKey, Migration> files = new HashMap<>();
        graph.files().forEach(m -> files.put(m.key(), m));
        Map<MigrationKey, List<HistoryRow>> out = new HashMap<>();
        for (PlanStep step : plan.steps()) {
            List<MigrationKey> replaced = graph.squashes().get(step.migration().key());
            if (!step.backwards() && replaced != null) {
                List<HistoryRow> with = new ArrayList<>();
                replaced.stream().filter(r -> !recorded.contains(r) && files.containsKey(r))
                        .forEach(r -> with.add(applied(r, files.get(r).checksum())));
                out.put(step.migration().key(), with);
            }
        }
        return out;
    }

    /**
     * The rows to delete before a plan runs: those of the migrations replaced by each squash it unapplies.
     *
     * @param graph the graph for the history
     * @param plan  the plan
     * @param rows  the history rows
     * @return the keys whose rows to delete
     */
    public static List<MigrationKey> forgotten(MigrationGraph graph, Plan plan, List<HistoryRow> rows) {
        List<MigrationKey> out = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            List<MigrationKey> replaced = graph.squashes().get(step.migration().key());
            if (step.backwards() && replaced != null) {
                rows.stream().map(HistoryRow::key).filter(replaced::contains).forEach(out::add);
            }
        }
        return out;
    }

    private static HistoryRow applied(MigrationKey key, String checksum) {
        return HistoryRow.intent(key, checksum, false, null, 0).done(0);
    }
}
