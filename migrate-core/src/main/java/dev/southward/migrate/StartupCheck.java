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
 * The whole of a no-op start-up: one query of the history (four columns, plain JDBC) against the catalog of
 * migration files ({@code loader.MigrationCatalog}). It answers only "certainly nothing to do"; anything else
 * sends the caller down the full path, which explains (an edited, ghost or unfinished migration, no history table,
 * an unreadable file) or applies what is pending. Loads neither Jdbi nor Jackson, so a fresh JVM that has nothing
 * to migrate pays for little more than its connection.
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
        // app, name, checksum of each row, kept as read: HistoryRows are made only if the full path needs them.
        List<String> read = new ArrayList<>();
        try {
            Dialect dialect = Dialects.forConnection(connection);
            String sql = new StringBuilder("SELECT ").append(dialect.quote("app")).append(", ")
                    .append(dialect.quote("name")).append(", ").append(dialect.quote("checksum")).append(", ")
                    .append(dialect.quote("status")).append(" FROM ").append(dialect.quote(historyTable)).toString();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    if (!HistoryRow.APPLIED.equals(rs.getString(4))) {
                        return Probe.UNKNOWN; // between migrations: the full path reads the journal and explains
                    }
                    read.add(rs.getString(1));
                    read.add(rs.getString(2));
                    read.add(rs.getString(3));
                }
            }
        } catch (SQLException | RuntimeException e) {
            return Probe.UNKNOWN; // no history table yet, or anything else: the full path reports it properly
        }
        boolean upToDate = !read.isEmpty() && upToDate(read, catalog.read());
        return new Probe(upToDate, upToDate ? null : rows(read));
    }

    /** Whether the rows are exactly the files, with the same checksums. */
    private static boolean upToDate(List<String> read, Map<String, String> files) {
        if (read.size() != 3 * files.size()) {
            return false;
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < read.size(); i += 3) {
            key.setLength(0);
            String checksum = files.get(key.append(read.get(i)).append('.').append(read.get(i + 1)).toString());
            if (checksum == null || !checksum.equals(read.get(i + 2))) {
                return false;
            }
        }
        return true;
    }

    private static List<HistoryRow> rows(List<String> read) {
        List<HistoryRow> rows = new ArrayList<>(read.size() / 3);
        for (int i = 0; i < read.size(); i += 3) {
            rows.add(new HistoryRow(new MigrationKey(read.get(i), read.get(i + 1)), read.get(i + 2),
                    HistoryRow.APPLIED, 0, 0, null, null, null, 0));
        }
        return rows;
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
