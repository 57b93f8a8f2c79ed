package dev.southward.migrate.mysql.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * One running MySQL-compatible server the integration tests can use; see {@link MySqlServers#available()}.
 *
 * @param name     {@code mysql8} (the embedded Oracle MySQL 8.0.31), {@code mariadb} (the local MariaDB on
 *                 127.0.0.1:3306), {@code testcontainers-mysql84} (only with Docker) or {@code env} (the server
 *                 of {@code SOUTHWARD_MYSQL_URL})
 * @param baseUrl  JDBC URL without database or options, ending in {@code /}, e.g. {@code jdbc:mysql://127.0.0.1:3306/}
 * @param user     a user allowed to create and drop databases
 * @param password its password, empty for none
 */
public record MySqlServer(String name, String baseUrl, String user, String password) {
    /**
     * Options of every URL we hand out. No TLS: the test servers have self-signed or no certificates, and MariaDB
     * would need extra setup; without TLS Connector/J needs allowPublicKeyRetrieval for caching_sha2_password users
     * with a password. No multi-queries, like production.
     */
    static final String URL_OPTIONS = "?sslMode=DISABLED&allowPublicKeyRetrieval=true&allowMultiQueries=false";

    public MySqlServer {
        if (!baseUrl.startsWith("jdbc:mysql://") || !baseUrl.endsWith("/")) {
            throw new IllegalArgumentException("base URL must look like jdbc:mysql://host:port/ but is " + baseUrl);
        }
        password = password == null ? "" : password;
    }

    /** The JDBC URL of {@code database} on this server (an empty name connects without a default database). */
    public String jdbcUrl(String database) {
        return baseUrl + database + URL_OPTIONS;
    }

    /** Opens a connection to {@code database} (empty for none); the caller closes it. */
    public Connection connect(String database) throws SQLException {
        return connect(database, 0);
    }

    /** Like {@link #connect(String)}, giving up after {@code timeoutMillis} (0: driver defaults) to connect or read. */
    Connection connect(String database, int timeoutMillis) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        if (timeoutMillis > 0) {
            props.setProperty("connectTimeout", String.valueOf(timeoutMillis));
            // A port that accepts TCP but never speaks the protocol must not hang the probe either.
            props.setProperty("socketTimeout", String.valueOf(timeoutMillis * 5));
        }
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    /** The server's {@code SELECT VERSION()}, e.g. {@code 8.0.31} or {@code 10.11.6-MariaDB-0+deb12u1}. */
    public String version() throws SQLException {
        return version(0);
    }

    String version(int timeoutMillis) throws SQLException {
        try (Connection c = connect("", timeoutMillis);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Just the name: it is the display name of parameterized tests, and must never show the password. */
    @Override
    public String toString() {
        return name;
    }
}
