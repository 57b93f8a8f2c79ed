package dev.southward.migrate.mysql;

import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.workflow.WorkflowIT;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The seed's South workflow end to end, on MySQL 8 and MariaDB. */
class MySqlWorkflowIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void southWorkflowEndToEnd(MySqlServer server) throws Exception {
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            WorkflowIT.run(db.testDatabase(), dir, new MySqlDialect());
        }
    }
}
