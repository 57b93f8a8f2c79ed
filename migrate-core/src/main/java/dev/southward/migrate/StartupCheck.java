package dev.southward.migrate;

import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.dialect.Dialects;
import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.loader.MigrationCatalog;
import dev.southward.migrate.migration.MigrationKey;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole of a no-op start-up: one plain-JDBC query of the history (app, name, status and checksum, as one
 * string per row) against the catalog of migration files ({@code loader.MigrationCatalog}). It answers only
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
     * Reads the history, then (only when every row is applied) the catalog of migration files: an empty database
     * or one between migrations costs no file reading here.
     */
    static Probe probe(Connection connection, String historyTable, Catalog catalog) {
        // One string per row, app.name:status:checksum: a quarter of the driver's per-column decoding, and one
        // hash lookup per row. HistoryRows are made only if the full path needs them.
        List<String> read = new ArrayList<>();
        try {
            Dialect dialect = Dialects.forConnection(connection);
            String sql = new StringBuilder("SELECT CONCAT(").append(dialect.quote("app")).append(", '.', ")
                    .append(dialect.quote("name")).append(", ':', ").append(dialect.quote("status")).append(", ':', ")
                    .append(dialect.quote("checksum")).append(") FROM ").append(dialect.quote(historyTable))
                    .toString();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    read.add(rs.getString(1));
                }
            }
        } catch (SQLException | RuntimeException e) {
            return Probe.UNKNOWN; // no history table yet, or anything else: the full path reports it properly
        }
        if (read.isEmpty()) {
            return new Probe(false, List.of());
        }
        Map<String, String> files = catalog.read();
        Object[] sets = expected(files);
        @SuppressWarnings("unchecked")
        java.util.Set<String> expected = (java.util.Set<String>) sets[1];
        // Rows of migrations a squash replaces whose files are gone are fine, whatever their checksum.
        @SuppressWarnings("unchecked")
        java.util.Set<String> replaced = (java.util.Set<String>) sets[2];
        int matched = 0;
        boolean upToDate = true;
        for (int i = 0; upToDate && i < read.size(); i++) {
            String row = read.get(i);
            if (expected.contains(row)) {
                matched++;
            } else {
                int colon = row == null ? -1 : row.indexOf(':');
                int second = colon < 0 ? -1 : row.indexOf(':', colon + 1);
                upToDate = second > 0 && replaced.contains(row.substring(0, second + 1));
            }
        }
        upToDate &= matched == expected.size();
        return upToDate ? new Probe(true, null) : rows(read);
    }

    /**
     * The catalog, the row each file should have ({@code app.name:applied:checksum}) and the row prefix
     * ({@code app.name:applied:}) of each replaced migration whose file is gone, for the last catalog seen.
     */
    private static Object[] expected(Map<String, String> files) {
        Object[] last = lastExpected;
        if (last != null && last[0] == files) {
            return last;
        }
        java.util.Set<String> out = new java.util.HashSet<>(files.size() * 2);
        java.util.Set<String> replaced = new java.util.HashSet<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (e.getValue() == MigrationCatalog.REPLACED) {
                replaced.add(e.getKey() + ':' + HistoryRow.APPLIED + ':');
            } else {
                out.add(new StringBuilder(e.getKey()).append(':').append(HistoryRow.APPLIED).append(':')
                        .append(e.getValue()).toString());
            }
        }
        Object[] sets = new Object[] {files, out, replaced};
        lastExpected = sets;
        return sets;
    }

    /** Catalogs are immutable and cached, so the expected rows of the last one are kept with it. */
    private static volatile Object[] lastExpected;

    /** The rows back as HistoryRows when all are applied, for the full path; unknown otherwise. */
    private static Probe rows(List<String> read) {
        List<HistoryRow> rows = new ArrayList<>(read.size());
        for (String row : read) {
            int dot = row == null ? -1 : row.indexOf('.');
            int colon = dot < 0 ? -1 : row.indexOf(':', dot);
            int second = colon < 0 ? -1 : row.indexOf(':', colon + 1);
            if (second < 0 || !HistoryRow.APPLIED.equals(row.substring(colon + 1, second))) {
                return Probe.UNKNOWN; // between migrations: the full path reads the journal and explains
            }
            rows.add(new HistoryRow(new MigrationKey(row.substring(0, dot), row.substring(dot + 1, colon)),
                    row.substring(second + 1), HistoryRow.APPLIED, 0, 0, null, null, null, 0));
        }
        return new Probe(false, rows);
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
