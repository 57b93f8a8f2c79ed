package dev.southward.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Where {@link Southward} gets its connections: a data source, or a configured {@link Jdbi}. On a data source,
 * Jdbi is created on first need, so a no-op start-up ({@link StartupCheck}) never initialises it. Shared by all
 * copies of one configured {@link Southward}.
 */
final class Connections {
    private final DataSource dataSource;
    private volatile Jdbi jdbi;

    Connections(DataSource dataSource, Jdbi jdbi) {
        this.dataSource = dataSource;
        this.jdbi = jdbi;
    }

    Jdbi jdbi() {
        Jdbi j = jdbi;
        if (j == null) {
            synchronized (this) {
                if (jdbi == null) {
                    jdbi = Jdbi.create(dataSource);
                }
                j = jdbi;
            }
        }
        return j;
    }

    /** {@link StartupCheck#probe} on a connection of its own. */
    StartupCheck.Probe probe(String historyTable, StartupCheck.Catalog catalog) {
        if (dataSource == null) {
            try (Handle h = jdbi().open()) {
                return StartupCheck.probe(h.getConnection(), historyTable, catalog);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            return StartupCheck.probe(c, historyTable, catalog);
        } catch (SQLException e) {
            return StartupCheck.Probe.UNKNOWN; // the full path opens its own connection and reports the failure
        }
    }
}
