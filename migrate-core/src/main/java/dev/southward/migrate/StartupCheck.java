package dev.southward.migrate;

import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.dialect.Dialects;
import dev.southward.migrate.history.HistoryDigest;
import dev.southward.migrate.history.HistoryHead;
import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.loader.MigrationCatalog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The whole of a no-op start-up: one plain-JDBC aggregate query of the history (the head row's digest and two
 * counts) against the digest of the catalog of migration files ({@code loader.MigrationCatalog}). It answers only
 * "certainly nothing to do"; anything else sends the caller down the full path, which explains (an edited, ghost
 * or unfinished migration, no history table, an unreadable file) or applies what is pending. Loads neither Jdbi
 * nor Jackson, so a fresh JVM that has nothing to migrate pays for little more than its connection.
 */
final class StartupCheck {
    /**
     * What the one query found.
     *
     * @param upToDate every migration file is recorded as applied with its current checksum, and nothing else is
     *                 recorded
     * @param rows     the history rows when all of them are applied but something is pending (the full path
     *                 then need not read them again), else null
     */
    record Probe(boolean upToDate, List<HistoryRow> rows) {
        static final Probe UNKNOWN = new Probe(false, null);
    }

    private StartupCheck() {
    }

    /**
     * One aggregate query of the history: its row count, how many rows are not applied, and the head row's digest
     * ({@code history.HistoryHead}); then, only when a head is there, the catalog of migration files. Up to date
     * when the head's digest equals the files' digest and the table holds exactly those rows besides the head,
     * all applied. The server counts the rows; what comes back is one row, whatever the length of the history.
     */
    static Probe probe(Connection connection, String historyTable, Catalog catalog) {
        long total;
        long notApplied;
        String head;
        try {
            Dialect dialect = Dialects.forConnection(connection);
            String status = dialect.quote("status");
            String sql = "SELECT COUNT(*), SUM(CASE WHEN " + status + " = '" + HistoryRow.APPLIED
                    + "' THEN 0 ELSE 1 END), MAX(CASE WHEN " + dialect.quote("app") + " = '" + HistoryHead.KEY.app()
                    + "' AND " + dialect.quote("name") + " = '" + HistoryHead.KEY.name() + "' THEN "
                    + dialect.quote("checksum") + " END) FROM " + dialect.quote(historyTable);
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                total = rs.getLong(1);
                notApplied = rs.getLong(2);
                head = rs.getString(3);
            }
        } catch (SQLException | RuntimeException e) {
            return Probe.UNKNOWN; // no history table yet, or anything else: the full path reports it properly
        }
        if (total == 0) {
            return new Probe(false, List.of());
        }
        if (head == null || notApplied != 1) {
            return Probe.UNKNOWN; // no head, or a row not applied: the full path reads the rows and explains
        }
        Map<String, String> files = catalog.read();
        if (files == MigrationCatalog.UNKNOWN) {
            return Probe.UNKNOWN;
        }
        Digest digest = digest(files);
        int plus = head.indexOf('+');
        long replacedRows;
        try {
            replacedRows = plus < 0 ? 0 : Long.parseLong(head.substring(plus + 1));
        } catch (NumberFormatException e) {
            return Probe.UNKNOWN;
        }
        // Every file's row, and as many rows of migrations a squash replaced (files gone) as the head counted.
        boolean upToDate = replacedRows <= digest.replaced() && total == digest.required() + replacedRows + 1
                && (plus < 0 ? head : head.substring(0, plus)).equals(digest.digest());
        return upToDate ? new Probe(true, null) : Probe.UNKNOWN;
    }

    /**
     * The head's digest for these files with {@code replacedRows} rows of migrations that a squash replaced and
     * whose files are gone ({@link MigrationCatalog#REPLACED}): {@link HistoryDigest} of the other files, then
     * {@code +} and that count when there are such rows. Those rows' checksums are compared with nothing, as on the
     * full path; they are only counted.
     */
    static String digest(Map<String, String> files, int replacedRows) {
        String base = digest(files).digest();
        return replacedRows == 0 ? base : base + "+" + replacedRows;
    }

    /**
     * {@link HistoryDigest} of the files that are not {@link MigrationCatalog#REPLACED}, their count and the count
     * of replaced ones; kept with the last catalog (catalogs are immutable and cached).
     */
    private static Digest digest(Map<String, String> files) {
        Object[] last = lastDigest;
        if (last != null && last[0] == files) {
            return (Digest) last[1];
        }
        Map<String, String> required = new java.util.HashMap<>(files.size() * 2);
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (!MigrationCatalog.REPLACED.equals(e.getValue())) {
                required.put(e.getKey(), e.getValue());
            }
        }
        Digest digest = new Digest(HistoryDigest.of(required), required.size(), files.size() - required.size());
        lastDigest = new Object[] {files, digest};
        return digest;
    }

    private static volatile Object[] lastDigest;

    /** The digest of the files that are not replaced, their count, and the count of replaced ones. */
    private record Digest(String digest, int required, int replaced) {
    }

    /** Where the catalog of migration files comes from: read only if the history needs comparing. */
    interface Catalog {
        /** {@code app.name} to checksum; empty when unknown. */
        Map<String, String> read();
    }

    /**
     * The migration files of a source directory, else of a classpath location. A class, not a lambda: a fresh JVM
     * pays for generating each lambda's class.
     */
    record FileCatalog(Path directory, ClassLoader classLoader, String location) implements Catalog {
        @Override
        public Map<String, String> read() {
            return directory != null ? MigrationCatalog.fromDirectory(directory)
                    : MigrationCatalog.fromClasspath(classLoader, location);
        }
    }
}
