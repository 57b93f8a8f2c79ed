package dev.southward.migrate.dialect;

import dev.southward.migrate.SouthwardException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the {@link Dialect} for a connection among those registered with {@link ServiceLoader}. */
public final class Dialects {
    /** The registered dialects, looked up once: start-up should not scan the class path on every call. */
    private static volatile List<Dialect> registered;

    private Dialects() {
    }

    private static List<Dialect> registered() {
        List<Dialect> all = registered;
        if (all == null) {
            all = new ArrayList<>();
            for (Dialect d : ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader())) {
                all.add(d);
            }
            registered = all = List.copyOf(all);
        }
        return all;
    }

    /**
     * The dialect supporting the connection's database; reads JDBC metadata only, sends no query.
     *
     * @param connection an open connection to the database
     * @return the dialect for that database's flavour and version
     * @throws dev.southward.migrate.SouthwardException when no dialect supports the database or metadata is unreadable
     */
    public static Dialect forConnection(Connection connection) {
        try {
            DatabaseMetaData md = connection.getMetaData();
            String product = md.getDatabaseProductName();
            String version = md.getDatabaseProductVersion();
            List<String> known = new ArrayList<>();
            for (Dialect d : registered()) {
                if (d.supports(product, version)) {
                    return d.forMetaData(md);
                }
                known.add(d.name());
            }
            throw new SouthwardException("No Southward dialect for " + product + " " + version + " (available: "
                    + known + "; add migrate-mysql to the classpath for MySQL and MariaDB)");
        } catch (SQLException e) {
            throw new SouthwardException("Cannot read database metadata: " + e.getMessage(), e);
        }
    }
}
