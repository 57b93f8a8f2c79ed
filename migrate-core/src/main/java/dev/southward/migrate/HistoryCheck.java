package dev.southward.migrate;

import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.plan.Plan;
import dev.southward.migrate.plan.PlanStep;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** South's safety rules, checked against the history table before anything runs. */
final class HistoryCheck {
    private final MigrationGraph graph;
    private final Map<MigrationKey, HistoryRow> rows = new TreeMap<>();
    private final String where;

    HistoryCheck(MigrationGraph graph, List<HistoryRow> history) {
        this(graph, history, "the migrations found");
    }

    /** @param where where the migrations were read from, for messages (e.g. {@code the folder src/...}) */
    HistoryCheck(MigrationGraph graph, List<HistoryRow> history, String where) {
        this.graph = graph;
        this.where = where;
        history.forEach(r -> rows.put(r.key(), r));
    }

    /**
     * Fully applied migrations that are on the classpath, and each squash in use whose replaced migrations are all
     * applied.
     */
    Set<MigrationKey> applied() {
        Set<MigrationKey> recorded = new java.util.HashSet<>();
        rows.values().stream().filter(HistoryRow::applied).map(HistoryRow::key).forEach(recorded::add);
        return graph.applied(recorded);
    }

    List<HistoryRow> unfinished() {
        return rows.values().stream().filter(r -> !r.applied()).toList();
    }

    /** History rows whose migration is not on the classpath (nor replaced by a squash that is). */
    List<MigrationKey> ghosts() {
        return rows.keySet().stream().filter(k -> !graph.contains(k) && !graph.isReplaced(k)).toList();
    }

    /**
     * The ghosts a delete-ghosts request may delete: refused, naming them, where all recorded migrations of an app
     * are ghosts and the request does not name the app or each migration (a wrong migrations folder, or a
     * classpath without the migrations, looks exactly like that, and deleting the rows would lose the history).
     */
    List<MigrationKey> deletableGhosts(MigrateRequest request) {
        List<MigrationKey> ghosts = ghosts();
        Set<String> whole = new TreeSet<>();
        for (MigrationKey g : ghosts) {
            boolean allGhosts = rows.keySet().stream().filter(k -> k.app().equals(g.app())).allMatch(k -> !graph.contains(k));
            if (allGhosts && !request.ghostsNamed().contains(g.app()) && !request.ghostsNamed().contains(g.toString())) {
                whole.add(g.app());
            }
        }
        if (!whole.isEmpty()) {
            throw new HistoryMismatchException("Refusing to delete ghost migrations: every migration the history "
                    + "records for " + String.join(", ", whole) + " is missing from " + where + " ("
                    + ghosts.stream().filter(g -> whole.contains(g.app())).toList() + "). That is what a wrong "
                    + "migrations folder or location looks like; deleting the rows would lose the history. Check "
                    + "where the migrations are read from; if they really are gone, name the app to delete its rows: "
                    + "delete-ghost-migrations=" + String.join(",", whole) + ".");
        }
        return ghosts;
    }

    void refuseGhosts(MigrateRequest request) {
        List<MigrationKey> ghosts = ghosts();
        if (!ghosts.isEmpty() && !request.isIgnoreGhosts() && !request.isDeleteGhosts()) {
            throw new HistoryMismatchException("Ghost migrations: the history table records " + ghosts
                    + " as applied, but " + where + " has no such migration (a migration file was deleted, renamed, or "
                    + "comes from another branch; or migrations are read from the wrong place). Restore them, or "
                    + "migrate with ignore-ghost-migrations to go on, or with delete-ghost-migrations to delete their "
                    + "history rows.");
        }
    }

    /** An applied migration whose file changed afterwards. */
    void refuseEditedMigrations() {
        for (HistoryRow row : rows.values()) {
            if (row.applied() && graph.contains(row.key())) {
                Migration m = graph.get(row.key());
                if (!m.checksum().equals(row.checksum())) {
                    throw new HistoryMismatchException("Migration " + row.key() + " was changed after it was applied"
                            + " (checksum in the history table " + abbreviate(row.checksum()) + ", of "
                            + m.source() + " " + abbreviate(m.checksum()) + "). Restore the file from version "
                            + "control and put the change in a new migration; or, if the database already matches "
                            + "the edited file, run repair to record the new checksum (mvn migrate:migrate -Drepair; Java API: "
                            + "Southward.repair()).");
                }
            }
        }
    }

    /** Refuses a migration that started or stopped half-way. */
    void refuseUnfinished(String explanation) {
        if (!unfinished().isEmpty()) {
            throw new BetweenMigrationsException(explanation);
        }
    }

    /** A pending migration while a later one of its app, or one depending on it, is applied. */
    void refuseOutOfOrder(Plan plan, boolean merge) {
        Set<MigrationKey> applied = applied();
        if (merge || applied.isEmpty()) {
            return;
        }
        // One traversal for all: everything the applied migrations depend on, and the latest applied per app.
        Set<MigrationKey> needed = new java.util.HashSet<>();
        java.util.ArrayDeque<MigrationKey> todo = new java.util.ArrayDeque<>(applied);
        while (!todo.isEmpty()) {
            MigrationKey k = todo.pop();
            if (needed.add(k)) {
                todo.addAll(graph.parents(k));
            }
        }
        Map<String, MigrationKey> latest = new TreeMap<>();
        applied.forEach(a -> latest.merge(a.app(), a, (x, y) -> x.compareTo(y) >= 0 ? x : y));
        for (PlanStep step : plan.steps()) {
            MigrationKey pending = step.migration().key();
            MigrationKey later = latest.get(pending.app());
            if (step.backwards() || later == null) {
                continue;
            }
            if (later.compareTo(pending) > 0 || needed.contains(pending)) {
                throw new HistoryMismatchException("Migration " + pending + " is not applied, but the later "
                        + later + " is (out of order: it probably came in with a merge). Migrate with merge to "
                        + "apply " + pending + " anyway.");
            }
        }
    }

    private static String abbreviate(String checksum) {
        return checksum == null ? "none" : checksum.substring(0, Math.min(12, checksum.length()));
    }
}
