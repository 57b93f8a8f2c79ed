package dev.southward.migrate;

import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.history.HistoryDigest;
import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.history.HistoryTable;
import dev.southward.migrate.loader.MigrationCatalog;
import dev.southward.migrate.migration.MigrationKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * The applied rows after a run: what was read under the lock, less deleted ghosts, plus what ran. Null when a
     * migration ran that is not in the graph; the caller then reads the rows again (see {@link #applied}).
     */
    static Map<String, String> after(List<HistoryRow> read, List<MigrationKey> deleted, List<MigrateResult.Done> done,
            MigrationGraph graph) {
        Map<String, String> out = applied(read);
        if (out == null) {
            return null;
        }
        deleted.forEach(k -> out.remove(k.toString()));
        for (MigrateResult.Done d : done) {
            if (!graph.contains(d.key())) {
                return null;
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
     * Writes the head when {@code applied} equals the files and the graph; returns whether it did. A row of a
     * migration a squash replaces and whose file is gone ({@link MigrationCatalog#REPLACED}) may or may not be
     * there, and its checksum is compared with nothing, as on the full path; the head counts such rows
     * ({@link StartupCheck#digest}).
     *
     * @param applied {@code app.name} to checksum of the history's rows (null: not all applied)
     * @param files   the catalog of migration files
     */
    static boolean write(Handle h, HistoryTable history, Map<String, String> applied, Map<String, String> files,
            MigrationGraph graph) {
        String digest = digest(applied, files, graph);
        if (digest == null) {
            return false;
        }
        history.writeHead(h, digest, applied.size());
        return true;
    }

    /**
     * The head's digest when {@code applied} equals the files and the graph, else null.
     *
     * @param applied {@code app.name} to checksum of the history's rows (null: not all applied)
     * @param files   the catalog of migration files
     */
    static String digest(Map<String, String> applied, Map<String, String> files, MigrationGraph graph) {
        if (applied == null || files == MigrationCatalog.UNKNOWN || applied.isEmpty() || !graph.partial().isEmpty()) {
            return null;
        }
        Set<String> replaced = new HashSet<>();
        graph.squashes().values().forEach(keys -> keys.forEach(k -> replaced.add(k.toString())));
        int replacedRows = 0;
        for (Map.Entry<String, String> row : applied.entrySet()) {
            String file = files.get(row.getKey());
            if (MigrationCatalog.REPLACED.equals(file) && replaced.contains(row.getKey())) {
                replacedRows++;
            } else if (!row.getValue().equals(file)) {
                return null; // a ghost, or a checksum the files do not have
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!MigrationCatalog.REPLACED.equals(file.getValue()) && !applied.containsKey(file.getKey())) {
                return null; // pending
            }
        }
        for (MigrationKey k : graph.order()) {
            if (!graph.get(k).checksum().equals(applied.get(k.toString()))) {
                return null;
            }
        }
        for (String k : applied.keySet()) {
            if (!replaced.contains(k) && !graph.contains(MigrationKey.parse(k))) {
                return null;
            }
        }
        return StartupCheck.digest(files, replacedRows);
    }
}
