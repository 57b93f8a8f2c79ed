package dev.southward.migrate.mysql;

import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.workflow.RelationsHistoryIT;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The relation histories of {@link RelationsHistoryIT} (unmanaged target, many-to-many, a model moved to another
 * app; forwards, backwards to zero, forwards again) on MySQL 8 and MariaDB.
 */
class MySqlRelationsHistoryIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void foreignKeyToAnUnmanagedTable(MySqlServer server) throws Exception {
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            RelationsHistoryIT.unmanagedTarget(db.testDatabase(), dir);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void manyToManyJoinTablesComeAndGoWithTheirFields(MySqlServer server) throws Exception {
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            RelationsHistoryIT.manyToMany(db.testDatabase(), dir);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void modelMovedToAnotherAppKeepsItsRows(MySqlServer server) throws Exception {
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            RelationsHistoryIT.moveModel(db.testDatabase(), dir, false);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void modelMovedToAnotherAppKeepingItsTableName(MySqlServer server) throws Exception {
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            RelationsHistoryIT.moveModel(db.testDatabase(), dir, true);
        }
    }
}
