package dev.southward.migrate.mysql.testing;

import com.mysql.cj.conf.ConnectionUrl;
import com.mysql.cj.conf.HostInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The MySQL-compatible servers the integration tests run against, resolved once per JVM:
 * <ul>
 *   <li>{@code SOUTHWARD_MYSQL_URL} (environment variable or system property; a full JDBC URL with user and
 *       password) overrides everything: its server, named {@code env}, is then the only one;</li>
 *   <li>otherwise {@code mysql8}, the embedded Oracle MySQL 8.0.31 ({@link EmbeddedMySql8}),</li>
 *   <li>{@code mariadb}, the local MariaDB at 127.0.0.1:3306 (root, empty password; {@code .ci/prepare-databases}
 *       starts it),</li>
 *   <li>and {@code testcontainers-mysql84}, MySQL 8.4 in Docker, only where Docker works.</li>
 * </ul>
 * {@code SOUTHWARD_REQUIRE_SERVERS} (system property or environment variable, comma-separated names; default
 * {@code mysql8,mariadb} in CI, i.e. with the environment variable {@code CI} or {@code -Dsouthward.ci=true}, and
 * nothing elsewhere) turns a missing server into a test failure instead of a skip. Use it as
 * {@code @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")} or via
 * {@link MySqlServersExtension}.
 */
public final class MySqlServers {
    public static final String URL_VARIABLE = "SOUTHWARD_MYSQL_URL";
    public static final String REQUIRE_VARIABLE = "SOUTHWARD_REQUIRE_SERVERS";
    static final int PROBE_TIMEOUT_MILLIS = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(MySqlServers.class);

    private static List<MySqlServer> available;
    private static final Map<String, String> unavailable = new LinkedHashMap<>();

    private MySqlServers() {
    }

    /** The servers that answered, in a stable order; starts the embedded one on the first call. */
    public static synchronized List<MySqlServer> available() {
        if (available == null) {
            List<MySqlServer> found = new ArrayList<>();
            String url = setting(URL_VARIABLE);
            if (url != null && !url.isBlank()) {
                probe(found, "env", () -> fromUrl(url));
            } else {
                probe(found, "mysql8", EmbeddedMySql8::server);
                probe(found, "mariadb", () -> new MySqlServer("mariadb", "jdbc:mysql://127.0.0.1:3306/", "root", ""));
                // Without Docker (as on the machines this was written for) this target is simply not listed.
                if (dockerAvailable()) {
                    probe(found, "testcontainers-mysql84", MySqlServers::startContainer);
                } else {
                    unavailable.put("testcontainers-mysql84", "Docker is not available");
                }
            }
            available = List.copyOf(found);
        }
        return available;
    }

    /** Why each server that was tried is not available, by name. */
    public static synchronized Map<String, String> unavailable() {
        available();
        return Map.copyOf(unavailable);
    }

    /** The names of the servers that must be available; see the class comment. */
    public static Set<String> required() {
        String names = setting(REQUIRE_VARIABLE);
        if (names == null) {
            boolean urlGiven = setting(URL_VARIABLE) != null && !setting(URL_VARIABLE).isBlank();
            names = !inCi() ? "" : urlGiven ? "env" : "mysql8,mariadb";
        }
        return Arrays.stream(names.split(",")).map(String::trim).filter(n -> !n.isEmpty() && !n.equals("none"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The available servers, for {@code @MethodSource}. Fails (naming the server and why) if a required one is
     * missing, and aborts the test (reported as skipped) if there is none at all and none is required, since
     * JUnit would otherwise fail a parameterized test without arguments.
     */
    public static Stream<MySqlServer> servers() {
        List<MySqlServer> servers = available();
        Set<String> names = servers.stream().map(MySqlServer::name).collect(Collectors.toSet());
        List<String> missing = required().stream().filter(n -> !names.contains(n)).toList();
        if (!missing.isEmpty()) {
            Assertions.fail("Required MySQL test servers " + missing + " are not available (required: " + required()
                    + ", by " + REQUIRE_VARIABLE + " or the CI default): " + reasons());
        }
        if (servers.isEmpty()) {
            String message = "No MySQL/MariaDB test server available, tests skipped: " + reasons() + ". Set "
                    + REQUIRE_VARIABLE + "=mysql8,mariadb or -Dsouthward.ci=true to make this a failure.";
            // Also logged: Maven's surefire/failsafe do not count or print an aborted parameterized container.
            LOG.warn(message);
            Assumptions.abort(message);
        }
        return servers.stream();
    }

    private static String reasons() {
        return unavailable().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ", "[", "]"));
    }

    /** Connects to the server (2 s timeout) and keeps it if it answers and is what its name says. */
    private static void probe(List<MySqlServer> found, String name, Supplier<MySqlServer> start) {
        try {
            MySqlServer server = start.get();
            String version = server.version(PROBE_TIMEOUT_MILLIS);
            if (name.equals("mariadb") && !version.contains("MariaDB")) {
                throw new IllegalStateException("127.0.0.1:3306 runs " + version + ", not MariaDB");
            }
            LOG.info("MySQL test server {}: {} at {}", name, version, server.baseUrl());
            found.add(server);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("MySQL test server {} is not available: {}", name, e.toString());
            unavailable.put(name, e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }

    /** Host, port, user and password of a full JDBC URL, parsed as Connector/J does; other options are dropped. */
    private static MySqlServer fromUrl(String url) {
        HostInfo host = ConnectionUrl.getConnectionUrlInstance(url, new Properties()).getMainHost();
        if (host.getUser() == null || host.getUser().isEmpty()) {
            throw new IllegalArgumentException(URL_VARIABLE + " must name a user, e.g. jdbc:mysql://h:3306/?user=root");
        }
        return new MySqlServer("env", "jdbc:mysql://" + host.getHostPortPair() + "/", host.getUser(),
                host.getPassword());
    }

    /** Docker may be missing or broken in many ways; none of them may break the build. */
    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            LOG.info("Docker is not usable: {}", e.toString());
            return false;
        }
    }

    /** Started once per JVM; Testcontainers' Ryuk container removes it when the JVM exits. */
    @SuppressWarnings("resource")
    private static MySqlServer startContainer() {
        MySQLContainer<?> container = new MySQLContainer<>(DockerImageName.parse("mysql:8.4"))
                .withUsername("root").withPassword("test"); // root: tests create and drop databases
        container.start();
        return new MySqlServer("testcontainers-mysql84",
                "jdbc:mysql://" + container.getHost() + ":" + container.getMappedPort(3306) + "/", "root", "test");
    }

    private static String setting(String name) {
        String property = System.getProperty(name);
        return property != null ? property : System.getenv(name);
    }

    private static boolean inCi() {
        String ci = System.getenv("CI");
        return Boolean.getBoolean("southward.ci") || (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false"));
    }
}
