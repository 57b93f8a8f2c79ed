package dev.southward.benchmarks;

import com.mysql.cj.jdbc.MysqlDataSource;
import dev.southward.migrate.mysql.testing.EmbeddedMySql8;
import dev.southward.migrate.mysql.testing.MySqlServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A database server of the benchmark. Every repetition gets a fresh database, {@code bench_} and 16 random hex
 * digits, dropped afterwards; no other database is ever touched.
 */
public abstract class Server {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** {@code h2}, {@code mariadb} or {@code mysql8}. */
    public abstract String name();

    /** The server's version, e.g. {@code 10.11.6-MariaDB}. */
    public abstract String version();

    /** Whether the server counts statements per session ({@code Questions}). */
    public abstract boolean countsServerSide();

    /**
     * A fresh, empty database. {@code persistent}: one another JVM can open (for the cold start; only H2 makes a
     * difference, an in-memory database dying with its JVM).
     */
    public abstract Database create(boolean persistent);

    static String randomName() {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return "bench_" + HexFormat.of().formatHex(random);
    }

    /** A data source for a JDBC URL of this benchmark: Connector/J for MySQL and MariaDB, H2's own for H2. */
    public static DataSource dataSource(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    /** One fresh database; {@link #close()} drops it. */
    public record Database(String name, String url, String user, String password, Runnable drop)
            implements AutoCloseable {
        public DataSource dataSource() {
            return Server.dataSource(url, user, password);
        }

        @Override
        public void close() {
            drop.run();
        }
    }

    /** H2 in memory ({@code DB_CLOSE_DELAY=-1}, shut down when dropped), or in a file for the cold start. */
    public static final class H2 extends Server {
        private final Path files;

        public H2(Path files) {
            this.files = files;
        }

        @Override
        public String name() {
            return "h2";
        }

        @Override
        public String version() {
            return org.h2.engine.Constants.FULL_VERSION + " (in memory)";
        }

        @Override
        public boolean countsServerSide() {
            return false;
        }

        @Override
        public Database create(boolean persistent) {
            String name = randomName();
            String url = persistent ? "jdbc:h2:file:" + files.toAbsolutePath().resolve(name)
                    : "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            return new Database(name, url, "sa", "", () -> {
                if (!persistent) {
                    try (Connection c = dataSource(url + ";IFEXISTS=TRUE", "sa", "").getConnection();
                         Statement s = c.createStatement()) {
                        s.execute("SHUTDOWN");
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot shut down " + url + ": " + e, e);
                    }
                    return;
                }
                try (Stream<Path> all = Files.list(files)) {
                    for (Path p : all.filter(p -> p.getFileName().toString().startsWith(name + "."))
                            .sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** MySQL 8.0.31 (the project's test launcher) or the local MariaDB, through Connector/J. */
    public static final class MySql extends Server {
        private final MySqlServer server;
        private final String version;

        private MySql(MySqlServer server) {
            this.server = server;
            try {
                this.version = server.version();
            } catch (SQLException e) {
                throw new IllegalStateException(server.name() + " at " + server.baseUrl() + " does not answer: " + e,
                        e);
            }
        }

        /** The embedded genuine MySQL 8.0.31, started on first use and stopped when the JVM exits. */
        public static MySql mysql8() {
            return new MySql(EmbeddedMySql8.server());
        }

        /** The local MariaDB at 127.0.0.1:3306 (root, empty password). */
        public static MySql mariadb() {
            return new MySql(new MySqlServer("mariadb", "jdbc:mysql://127.0.0.1:3306/", "root", ""));
        }

        @Override
        public String name() {
            return server.name();
        }

        @Override
        public String version() {
            return version;
        }

        @Override
        public boolean countsServerSide() {
            return true;
        }

        @Override
        public Database create(boolean persistent) {
            String name = randomName();
            execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4");
            return new Database(name, server.jdbcUrl(name), server.user(), server.password(),
                    () -> execute("DROP DATABASE IF EXISTS `" + name + "`"));
        }

        /** Statements the driver sends on connect by itself (the session's Questions before anything is run). */
        public int driverStatementsOnConnect() {
            try (Connection c = server.connect(""); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SHOW SESSION STATUS LIKE 'Questions'")) {
                rs.next();
                return Integer.parseInt(rs.getString(2)) - 1;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * Statements the driver adds by itself to one DDL statement: Connector/J asks MySQL 8 for
         * {@code @@session.transaction_read_only} before each statement that is not read-only, MariaDB not.
         */
        public int driverStatementsPerDdl() {
            try (Database db = create(false); Connection c = db.dataSource().getConnection();
                 Statement s = c.createStatement()) {
                int before = questions(s);
                s.execute("CREATE TABLE bench_probe (id INT)");
                return questions(s) - before - 2;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private static int questions(Statement s) throws SQLException {
            try (ResultSet rs = s.executeQuery("SHOW SESSION STATUS LIKE 'Questions'")) {
                rs.next();
                return Integer.parseInt(rs.getString(2));
            }
        }

        private void execute(String sql) {
            try (Connection c = server.connect(""); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(server.name() + ": " + sql + ": " + e, e);
            }
        }
    }
}
