package dev.southward.migrate.mysql.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import dev.southward.migrate.testing.TestDatabase;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh, empty database ({@code sw_} and 16 random hex digits) on one {@link MySqlServer}, for one test:
 * <pre>{@code
 * try (MySqlDatabase db = MySqlDatabase.create(server)) {
 *     db.jdbi().useHandle(h -> h.execute("CREATE TABLE t (id INT PRIMARY KEY)"));
 * }
 * }</pre>
 * {@link #close()} drops it. The random name means tests may run concurrently on a shared server, and we only ever
 * drop a database we created ourselves.
 */
public final class MySqlDatabase implements AutoCloseable {
    private static final String PREFIX = "sw_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MySqlServer server;
    private final String name;
    private final MysqlDataSource dataSource = new MysqlDataSource();
    private final Jdbi jdbi;
    private TestDatabase testDatabase;
    private boolean closed;

    private MySqlDatabase(MySqlServer server, String name) {
        this.server = server;
        this.name = name;
        dataSource.setURL(server.jdbcUrl(name));
        dataSource.setUser(server.user());
        dataSource.setPassword(server.password());
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * Creates a new database on {@code server}. Its character set is utf8mb4 on every server (MariaDB's default may
     * be latin1); the collation is the server's default for it.
     */
    public static MySqlDatabase create(MySqlServer server) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        String name = PREFIX + HexFormat.of().formatHex(random);
        execute(server, "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4");
        return new MySqlDatabase(server, name);
    }

    /** The server it lives on. */
    public MySqlServer server() {
        return server;
    }

    /** Its name, {@code sw_} followed by 16 hex digits. */
    public String name() {
        return name;
    }

    /** A JDBC URL with this database as the default one (user and password are not in it). */
    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /** A Connector/J data source with this database as default, user and password set. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** A Jdbi over {@link #dataSource()}. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** A new connection to it; the caller closes it. */
    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    /** This database as migrate-core's {@link TestDatabase} (one per database, counting its statements). */
    public synchronized TestDatabase testDatabase() {
        if (testDatabase == null) {
            testDatabase = TestDatabase.of(jdbcUrl(), dataSource);
        }
        return testDatabase;
    }

    /** Drops this database, and nothing else; calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            execute(server, "DROP DATABASE IF EXISTS `" + name + "`");
        }
    }

    private static void execute(MySqlServer server, String sql) {
        try (Connection c = server.connect(""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(server.name() + " (" + server.baseUrl() + "): " + sql + ": " + e, e);
        }
    }

    @Override
    public String toString() {
        return name + " on " + server.name();
    }
}
