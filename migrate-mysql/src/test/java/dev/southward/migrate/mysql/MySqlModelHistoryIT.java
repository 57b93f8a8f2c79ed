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

    /**
     * A re-typed id with references from its own model, its app and two other apps: MySQL and MariaDB refuse to
     * change a referenced key, so the constraints are dropped around it; forwards, backwards, zero, forwards.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void primaryKeyRetypedWithTheForeignKeysOfThreeApps(MySqlServer server) throws Exception {
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            ModelHistoryIT.primaryKeyRetyped(db.testDatabase(), dir);
        }
    }

    /**
     * Two re-typed keys, each referenced once: a constraint to another table is added back in its column's ALTER; a
     * self-referencing one is dropped and added back in statements of their own (MariaDB refuses the drop in the
     * statement that changes the key, see {@code AlterMerger}).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void primaryKeysRetypedWithOneReferenceEach(MySqlServer server) throws Exception {
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            assertThat(ModelHistoryIT.primaryKeysRetypedWithOneReferenceEach(db.testDatabase(), dir)).containsExactly(
                    "ALTER TABLE `tree_node` DROP FOREIGN KEY `tree_node_parent_id_fk`",
                    "ALTER TABLE `tree_node` MODIFY COLUMN `id` BIGINT AUTO_INCREMENT NOT NULL, "
                            + "MODIFY COLUMN `parent_id` BIGINT NULL",
                    "ALTER TABLE `tree_node` ADD CONSTRAINT `tree_node_parent_id_fk` FOREIGN KEY (`parent_id`) "
                            + "REFERENCES `tree_node` (`id`) ON DELETE CASCADE",
                    "ALTER TABLE `tree_label` DROP FOREIGN KEY `tree_label_tag_id_fk`",
                    "ALTER TABLE `tree_tag` MODIFY COLUMN `id` BIGINT AUTO_INCREMENT NOT NULL",
                    "ALTER TABLE `tree_label` MODIFY COLUMN `tag_id` BIGINT NOT NULL, ADD CONSTRAINT "
                            + "`tree_label_tag_id_fk` FOREIGN KEY (`tag_id`) REFERENCES `tree_tag` (`id`) "
                            + "ON DELETE CASCADE");
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
