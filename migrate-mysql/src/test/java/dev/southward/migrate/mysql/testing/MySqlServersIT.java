package dev.southward.migrate.mysql.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.southward.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the test infrastructure itself against every available server. */
class MySqlServersIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void createsUsesAndDropsItsOwnDatabase(MySqlServer server) throws SQLException {
        String name;
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            name = db.name();
            assertThat(name).matches("sw_[0-9a-f]{16}");
            assertThat(schemaExists(server, name)).isTrue();

            String version = db.jdbi().withHandle(h -> h.createQuery("SELECT VERSION()").mapTo(String.class).one());
            assertThat(version).isNotBlank();

            db.jdbi().useHandle(h -> h.execute("CREATE TABLE widget (id BIGINT PRIMARY KEY, label VARCHAR(40))"));
            long tables = db.jdbi().withHandle(h -> h.createQuery(
                            "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = :schema"
                                    + " AND TABLE_NAME = 'widget'")
                    .bind("schema", name).mapTo(Long.class).one());
            assertThat(tables).isEqualTo(1);
            String current = db.jdbi().withHandle(h -> h.createQuery("SELECT DATABASE()").mapTo(String.class).one());
            assertThat(current).isEqualTo(name);
        }
        assertThat(schemaExists(server, name)).as("dropped by close()").isFalse();
    }

    @TestTemplate
    @ExtendWith(MySqlServersExtension.class)
    void extensionInjectsOneFreshDatabasePerServer(MySqlServer server, MySqlDatabase db, TestDatabase testDb) {
        assertThat(db.server()).isEqualTo(server);
        assertThat(testDb.url()).isEqualTo(db.jdbcUrl());
        assertThat(testDb.count("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"))
                .isZero();
        testDb.execute("CREATE TABLE t (id INT PRIMARY KEY)");
        assertThat(testDb.count("SELECT COUNT(*) FROM t")).isZero();
        assertThat(testDb.dataSource().statements()).contains("CREATE TABLE t (id INT PRIMARY KEY)");
    }

    @Test
    void requiredServersArePresentWithTheRightVersions() throws SQLException {
        Set<String> required = MySqlServers.required();
        assumeFalse(required.isEmpty(), "no server required (set SOUTHWARD_REQUIRE_SERVERS or -Dsouthward.ci=true)");
        Map<String, MySqlServer> byName = MySqlServers.available().stream()
                .collect(Collectors.toMap(MySqlServer::name, Function.identity()));
        for (String name : required) {
            assertThat(byName).as("required server %s: %s", name, MySqlServers.unavailable().get(name))
                    .containsKey(name);
        }
        if (required.contains("mysql8")) {
            assertThat(byName.get("mysql8").version()).startsWith(EmbeddedMySql8.VERSION);
        }
        if (required.contains("mariadb")) {
            assertThat(byName.get("mariadb").version()).contains("MariaDB");
        }
    }

    private static boolean schemaExists(MySqlServer server, String name) throws SQLException {
        try (Connection c = server.connect("");
             PreparedStatement s = c.prepareStatement(
                     "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }
}
