package dev.southward.migrate.cli;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * Connections to the configured database through the first JDBC driver on the class path that accepts the URL.
 * The driver is called directly: {@code DriverManager} misses drivers in the {@code --classpath} jars.
 */
final class JdbcConnection {
    private JdbcConnection() {
    }

    /**
     * A Jdbi opening connections to {@code url}.
     *
     * @param url      the JDBC URL
     * @param user     the user, empty for none (credentials in the URL then stand)
     * @param password the password, empty for none
     * @param drivers  the class loader whose drivers are tried
     * @param announce receives {@code Database: <url without credentials>} on the first connection
     * @return the Jdbi
     */
    static Jdbi jdbi(String url, String user, String password, ClassLoader drivers, Consumer<String> announce) {
        Driver driver = driver(url, drivers);
        Properties props = new Properties();
        if (!user.isEmpty() || !urlHas(url, "user")) {
            props.setProperty("user", user);
        }
        if (!password.isEmpty() || !urlHas(url, "password")) {
            props.setProperty("password", password);
        }
        boolean[] announced = {false};
        return Jdbi.create(() -> {
            if (!announced[0]) {
                announced[0] = true;
                announce.accept("Database: " + redact(url) + (user.isEmpty() ? "" : " as " + user));
            }
            Connection c;
            try {
                c = driver.connect(url, props);
            } catch (SQLException e) {
                throw new SQLException("Cannot connect to " + redact(url) + ": " + e.getMessage(), e.getSQLState(),
                        e.getErrorCode(), e);
            }
            if (c == null) {
                throw new SQLException("The driver " + driver.getClass().getName() + " refused " + redact(url));
            }
            return c;
        });
    }

    /**
     * The URL with any credentials it carries masked: the only form of it that is ever printed.
     *
     * @param url the JDBC URL
     * @return the URL with {@code password=***} and {@code //***@}
     */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*@", "//***@");
    }

    private static boolean urlHas(String url, String key) {
        return Pattern.compile("(?i)[?&;]" + key + "=").matcher(url).find()
                || key.equals("user") && url.matches("(?s)[^?]*//[^/@?]+@.*");
    }

    private static Driver driver(String url, ClassLoader loader) {
        var it = ServiceLoader.load(Driver.class, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                Driver d = it.next();
                if (d.acceptsURL(url)) {
                    return d;
                }
            } catch (ServiceConfigurationError | SQLException e) {
                // A broken or unrelated driver on the class path: try the others.
            }
        }
        throw new UsageException("No JDBC driver accepts the URL " + redact(url) + ". The command line brings H2 and "
                + "MySQL/MariaDB; for another database put its driver's jar on --classpath.");
    }
}
