package dev.southward.migrate.maven;

import java.io.File;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import dev.southward.migrate.SouthwardException;
import org.jdbi.v3.core.Jdbi;

/**
 * The database a goal works on: {@code southward.url}, {@code southward.user} and {@code southward.password}, or
 * the credentials of a settings.xml {@code <server>}; without a URL, the embedded H2 file under the build directory
 * if the POM opted into it ({@code southward.embedded}), else an error when a goal first opens the database.
 */
final class Database {
    private final String url;
    private final String user;
    private final String password;

    private Database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The embedded default: an H2 file in {@code target/southward/}, the same one the example's main uses. */
    static String defaultUrl(File buildDirectory) {
        return "jdbc:h2:file:" + new File(buildDirectory, "southward/h2").getAbsolutePath();
    }

    /**
     * Resolves the connection settings. {@code user} and {@code password}, when given, take precedence over the
     * server's; a server's password encrypted with {@code mvn --encrypt-password} is decrypted.
     *
     * @param embeddedIn the build directory holding the embedded database, used without a URL; null when the POM
     *                   did not opt into it (then a goal that opens the database fails, naming the settings)
     */
    static Database resolve(String url, String user, String password, String serverId, MavenSession session,
            SettingsDecrypter decrypter, File embeddedIn) throws MojoFailureException {
        String u = user;
        String p = password;
        if (serverId != null && !serverId.isBlank()) {
            Server server = server(serverId, session, decrypter);
            u = u != null ? u : server.getUsername();
            p = p != null ? p : server.getPassword();
        }
        String resolved = url != null && !url.isBlank() ? url.trim()
                : embeddedIn != null ? defaultUrl(embeddedIn) : null;
        return new Database(resolved, u == null ? "" : u, p == null ? "" : p);
    }

    private static Server server(String id, MavenSession session, SettingsDecrypter decrypter)
            throws MojoFailureException {
        Server server = session.getSettings().getServer(id);
        if (server == null) {
            throw new MojoFailureException("southward.serverId '" + id + "' names no <server> in settings.xml ("
                    + "~/.m2/settings.xml or the file given with -s)");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoFailureException("Cannot decrypt the password of server '" + id + "': "
                        + problem.getMessage());
            }
        }
        return result.getServer();
    }

    /** The environment variable that may hold the password (read only when no property sets it). */
    static final String PASSWORD_VARIABLE = "SOUTHWARD_PASSWORD";
    /** The property holding the password. */
    static final String PASSWORD_PROPERTY = "southward.password";

    /**
     * The password from the {@value #PASSWORD_PROPERTY} property (command line, then system, then POM) or the
     * environment variable {@value #PASSWORD_VARIABLE}; null when none. Not a mojo parameter, so that
     * {@code mvn -X}, which prints every parameter's value, never prints it.
     */
    static String password(MavenSession session, org.apache.maven.project.MavenProject project) {
        for (java.util.Properties props : java.util.List.of(session.getUserProperties(),
                session.getSystemProperties(), project.getProperties())) {
            String value = props.getProperty(PASSWORD_PROPERTY);
            if (value != null) {
                return value;
            }
        }
        return System.getenv(PASSWORD_VARIABLE);
    }

    static final String NO_URL = "No database configured: set southward.url, e.g. "
            + "-Dsouthward.url=jdbc:mysql://127.0.0.1:3306/mydb with -Dsouthward.user=... and -Dsouthward.password=... "
            + "(or the environment variable SOUTHWARD_PASSWORD, or -Dsouthward.serverId=<a settings.xml server>); or "
            + "opt into the embedded H2 database file target/southward/h2 with "
            + "<southward.embedded>true</southward.embedded> in the POM's <properties> (or -Dsouthward.embedded).";

    /** The URL with any credentials it carries masked: the only form of it that is ever logged. */
    String describe() {
        return redact(url);
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*@", "//***@");
    }

    /**
     * A Jdbi that opens connections through the first driver on {@code drivers} accepting the URL. The driver is
     * called directly rather than through {@code DriverManager}, which only hands out drivers visible to the
     * caller's class loader and so misses drivers in a plugin realm or the project's classpath.
     */
    Jdbi jdbi(ClassLoader drivers, Log log) throws MojoFailureException {
        if (url == null) {
            // The goals that never connect (schemamigration, datamigration) need no URL.
            return Jdbi.create(() -> {
                throw new SouthwardException(NO_URL);
            });
        }
        Driver driver = driver(drivers);
        Properties props = new Properties();
        // Credentials in the URL (?user=…&password=…) stand unless the build gives its own.
        if (!user.isEmpty() || !urlHas("user")) {
            props.setProperty("user", user);
        }
        if (!password.isEmpty() || !urlHas("password")) {
            props.setProperty("password", password);
        }
        AtomicBoolean announced = new AtomicBoolean();
        return Jdbi.create(() -> {
            if (announced.compareAndSet(false, true)) {
                log.info("Database: " + describe() + (user.isEmpty() ? "" : " as " + user));
            }
            Connection c;
            try {
                c = driver.connect(url, props);
            } catch (SQLException e) {
                // "Communications link failure" alone does not say where: name host and port (never credentials).
                throw new SQLException("Cannot connect to " + describe() + ": " + e.getMessage(), e.getSQLState(),
                        e.getErrorCode(), e);
            }
            if (c == null) {
                throw new SQLException("The driver " + driver.getClass().getName() + " refused " + describe());
            }
            return c;
        });
    }

    private boolean urlHas(String key) {
        return java.util.regex.Pattern.compile("(?i)[?&;]" + key + "=").matcher(url).find()
                || key.equals("user") && url.matches("(?s)[^?]*//[^/@?]+@.*");
    }

    private Driver driver(ClassLoader loader) throws MojoFailureException {
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
                // A broken or unrelated driver on the classpath: try the others.
            }
        }
        throw new MojoFailureException("No JDBC driver accepts the URL " + describe() + ". The plugin brings H2 and "
                + "MySQL/MariaDB; for another database add its driver to the plugin's <dependencies>.");
    }
}
