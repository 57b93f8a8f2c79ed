package dev.southward.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.mysql.testing.MySqlServers;
import dev.southward.migrate.operation.HostileValuesIT;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The core's hostile values on MySQL 8 and MariaDB, in the server's default {@code sql_mode} and, for text, with
 * {@code NO_BACKSLASH_ESCAPES} on Southward's own connections: the same migration must store the same bytes.
 */
class MySqlHostileValuesIT {
    private static final String NO_BACKSLASH_ESCAPES = "STRICT_TRANS_TABLES,NO_BACKSLASH_ESCAPES";

    @TempDir
    Path dir;

    static Stream<Arguments> valid() {
        return MySqlServers.servers().flatMap(s -> Stream.concat(
                HostileValuesIT.valid().map(c -> Arguments.of(s, "default mode", c)),
                HostileValuesIT.valid().filter(c -> c.type() == FieldType.STRING || c.type() == FieldType.TEXT)
                        .map(c -> Arguments.of(s, NO_BACKSLASH_ESCAPES, c))));
    }

    static Stream<Arguments> invalid() {
        return MySqlServers.servers().flatMap(s -> HostileValuesIT.invalid().map(c -> Arguments.of(s, c)));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("valid")
    void storedExactly(MySqlServer server, String mode, HostileValuesIT.Case c) throws SQLException {
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            TestDatabase test = mode.equals(NO_BACKSLASH_ESCAPES) ? withMode(db, mode) : db.testDatabase();
            if (test != db.testDatabase()) {
                String sessionMode = test.jdbi().withHandle(h -> h.createQuery("SELECT @@SESSION.sql_mode")
                        .mapTo(String.class).one());
                assertThat(sessionMode).contains("NO_BACKSLASH_ESCAPES");
            }
            HostileValuesIT.storedExactly(c, test, dir);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalid")
    void refused(MySqlServer server, HostileValuesIT.Case c) throws SQLException {
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            HostileValuesIT.refused(c, db.testDatabase(), dir);
        }
    }

    /** The database through connections that start with the given {@code sql_mode}. */
    private static TestDatabase withMode(MySqlDatabase db, String mode) throws SQLException {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL(db.jdbcUrl());
        ds.setUser(db.server().user());
        ds.setPassword(db.server().password());
        ds.setSessionVariables("sql_mode='" + mode + "'");
        return TestDatabase.of(db.jdbcUrl(), ds);
    }
}
