package dev.southward.migrate;

import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.history.HistoryDigest;
import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.history.HistoryTable;
import dev.southward.migrate.loader.MigrationCatalog;
import dev.southward.migrate.migration.MigrationKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * When the full path may (re)write the history's head row ({@code history.HistoryHead}): only from rows read under
 * the migration lock (or known from what ran since), all applied, whose names and checksums equal both the
 * migration files' catalog and the loaded graph exactly. Anything less leaves the head stale, and the next start-up
 * takes the full path again.
 */
final class Heads {
    private Heads() {
    }

    /** {@code app.name} to checksum of the rows, or null when one of them is not applied. */
    static Map<String, String> applied(Collection<HistoryRow> rows) {
        Map<String, String> out = new HashMap<>(rows.size() * 2);
        for (HistoryRow r : rows) {
            if (!r.applied()) {
                return null;
            }
            out.put(r.key().toString(), r.checksum());
        }
        return out;
    }

    /** The applied rows after a run: what was read under the lock, less deleted ghosts, plus what ran. */
    static Map<String, String> after(List<HistoryRow> read, List<MigrationKey> deleted, List<MigrateResult.Done> done,
            MigrationGraph graph) {
        Map<String, String> out = applied(read);
        if (out == null) {
            return null;
        }
        deleted.forEach(k -> out.remove(k.toString()));
        for (MigrateResult.Done d : done) {
            if (!graph.contains(d.key())) {
                return null; // a replaced migration recorded with its squash: no head while such rows exist
            }
            if (d.backwards()) {
                out.remove(d.key().toString());
            } else {
                out.put(d.key().toString(), graph.get(d.key()).checksum());
            }
        }
        return out;
    }

    /**
     * Writes the head when {@code applied} equals the files and the graph; returns whether it did.
     *
     * @param applied {@code app.name} to checksum of the history's rows (null: not all applied)
     * @param files   the catalog of migration files
     */
    static boolean write(Handle h, HistoryTable history, Map<String, String> applied, Map<String, String> files,
            MigrationGraph graph) {
        if (applied == null || files == MigrationCatalog.UNKNOWN || applied.isEmpty() || !applied.equals(files)
                || graph.order().size() != applied.size()) {
            return false;
        }
        for (MigrationKey k : graph.order()) {
            if (!graph.get(k).checksum().equals(applied.get(k.toString()))) {
                return false;
            }
        }
        history.writeHead(h, HistoryDigest.of(applied), applied.size());
        return true;
    }
}
