package dev.southward.migrate.mysql;

import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.squash.LongHistorySquashIT;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The squash of a long generated history ({@link LongHistorySquashIT}) on MySQL 8 and MariaDB: the same schema as
 * the history by introspection, backwards to zero and forwards again, {@code verify} clean after each step.
 */
class MySqlSquashIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void squashOfAGeneratedHistoryForwardsBackwardsForwards(MySqlServer server) throws Exception {
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            LongHistorySquashIT.run(db.testDatabase(), dir, 120, 7);
        }
    }
}
