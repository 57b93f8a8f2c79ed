package dev.southward.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.workflow.ModelHistoryIT;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real model histories of {@link ModelHistoryIT} (forwards, backwards, forwards again) on MySQL 8 and MariaDB. */
class MySqlModelHistoryIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void modelDeletedInTheStepThatMovesTheForeignKeyAway(MySqlServer server) throws Exception {
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            ModelHistoryIT.retargetThenDelete(db.testDatabase(), dir);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void deleteInOneAppAfterAnotherAppMovedItsForeignKeyAwayInTheSameRun(MySqlServer server) throws Exception {
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            ModelHistoryIT.crossAppDeleteInOneRun(db.testDatabase(), dir);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void deleteInOneAppAfterAnotherAppMovedItsForeignKeyAwayEarlier(MySqlServer server) throws Exception {
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            ModelHistoryIT.crossAppDeleteInTwoRuns(db.testDatabase(), dir);
        }
    }

    /** One instant ALTER TABLE for the three default changes, no MODIFY (which would rebuild or copy). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void defaultOnlyChangesAreOneInstantMetadataChange(MySqlServer server) throws Exception {
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            assertThat(ModelHistoryIT.defaultOnlyChange(db.testDatabase(), dir)).containsExactly(
                    "ALTER TABLE `gallery_photo` ALTER COLUMN `width` SET DEFAULT 800, "
                            + "ALTER COLUMN `state` DROP DEFAULT, ALTER COLUMN `height` SET DEFAULT 480, "
                            + "ALGORITHM=INSTANT");
        }
    }
}
