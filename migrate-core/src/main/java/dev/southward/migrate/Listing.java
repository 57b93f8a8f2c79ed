package dev.southward.migrate;

import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.recovery.BetweenMigrations;
import dev.southward.migrate.recovery.Recovery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/** South's {@code migrate --list}: every migration of every app, applied, pending or between migrations. */
final class Listing {
    private Listing() {
    }

    static Status status(MigrationGraph graph, List<HistoryRow> rows, Recovery recovery, Handle h) {
        Map<MigrationKey, HistoryRow> byKey = new TreeMap<>();
        rows.forEach(r -> byKey.put(r.key(), r));
        List<Status.App> out = new ArrayList<>();
        for (String app : graph.apps()) {
            List<Status.Entry> entries = new ArrayList<>();
            for (MigrationKey k : graph.app(app)) {
                HistoryRow r = byKey.get(k);
                Status.State state = r == null ? Status.State.PENDING
                        : r.applied() ? Status.State.APPLIED : Status.State.PARTIAL;
                entries.add(new Status.Entry(k, state, state == Status.State.PARTIAL ? done(recovery, h, r) + " of "
                        + r.stepsTotal() + " statements " + (r.reverting() ? "unapplied" : "applied") : null));
            }
            out.add(new Status.App(app, entries));
        }
        return new Status(out, new HistoryCheck(graph, rows).ghosts());
    }

    /** Statements done of an unfinished migration: as the live schema proves, else as journaled. */
    private static int done(Recovery recovery, Handle h, HistoryRow row) {
        try {
            return BetweenMigrations.done(row, recovery.diagnose(h, row));
        } catch (SouthwardException e) {
            return row.stepsDone(); // e.g. its statements changed since: the journal is all there is
        }
    }
}
