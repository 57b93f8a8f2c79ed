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
     * @param rows     the history rows when all of them are applied (the full path then need not read them
     *                 again), else null
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
        List<HistoryRow> rows = new ArrayList<>();
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
                    rows.add(new HistoryRow(new MigrationKey(rs.getString(1), rs.getString(2)), rs.getString(3),
                            HistoryRow.APPLIED, 0, 0, null, null, null, 0));
                }
            }
        } catch (SQLException | RuntimeException e) {
            return Probe.UNKNOWN; // no history table yet, or anything else: the full path reports it properly
        }
        if (rows.isEmpty()) {
            return new Probe(false, rows);
        }
        Map<String, String> files = catalog.read();
        boolean upToDate = rows.size() == files.size();
        for (int i = 0; upToDate && i < rows.size(); i++) {
            HistoryRow row = rows.get(i);
            upToDate = row.checksum() != null
                    && row.checksum().equals(files.get(row.key().app() + "." + row.key().name()));
        }
        return new Probe(upToDate, rows);
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
