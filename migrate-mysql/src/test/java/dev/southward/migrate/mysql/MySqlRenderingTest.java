package dev.southward.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.OnDelete;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

/** Version parsing, ALTER merging and the ALGORITHM choice, without a server. */
class MySqlRenderingTest {
    @Test
    void mariaDbHidesItsVersionBehindAPrefix() {
        assertThat(ServerVersion.parse("MySQL", "5.5.5-10.11.19-MariaDB-0+deb12u1"))
                .isEqualTo(new ServerVersion(true, 10, 11, 19));
        assertThat(ServerVersion.parse("MySQL", "8.0.31")).hasToString("MySQL 8.0.31");
        assertThatThrownBy(() -> ServerVersion.parse("MySQL", "5.7.44")).isInstanceOf(SouthwardException.class)
                .hasMessage("Southward needs MySQL 8.0+ or MariaDB 10.6+, this server is MySQL 5.7.44");
        assertThatThrownBy(() -> ServerVersion.parse("MySQL", "5.5.5-10.5.1-MariaDB"))
                .hasMessageEndingWith("this server is MariaDB 10.5.1");
    }

    @Test
    void mergesAltersOfOneTableOnly() {
        assertThat(AlterMerger.merge("ALTER TABLE `a` ADD COLUMN `x` INT NULL", "ALTER TABLE `a` ADD INDEX `i` (`x`)"))
                .contains("ALTER TABLE `a` ADD COLUMN `x` INT NULL, ADD INDEX `i` (`x`)");
        assertThat(AlterMerger.merge("ALTER TABLE `a` ADD COLUMN `x` INT NULL", "ALTER TABLE `b` ADD INDEX `i` (`x`)"))
                .isEmpty();
        assertThat(AlterMerger.merge("ALTER TABLE `a` MODIFY COLUMN `x` INT NULL",
                "ALTER TABLE `a` MODIFY COLUMN `x` INT NOT NULL")).isEmpty();
        assertThat(AlterMerger.merge("ALTER TABLE `a` RENAME COLUMN `x` TO `y`", "ALTER TABLE `a` ADD INDEX `i` (`y`)"))
                .isEmpty();
        assertThat(AlterMerger.merge("ALTER TABLE `a` ADD COLUMN `x` INT DEFAULT 1 NOT NULL",
                "ALTER TABLE `a` ALTER COLUMN `x` DROP DEFAULT")).isEmpty();
        assertThat(AlterMerger.merge("ALTER TABLE `a` DROP FOREIGN KEY `f`, DROP INDEX `f`",
                "ALTER TABLE `a` ADD INDEX `f` (`x`), ADD CONSTRAINT `f` FOREIGN KEY (`x`) REFERENCES `b` (`id`)"))
                .isEmpty();
        assertThat(AlterMerger.merge("CREATE TABLE `a` (`id` INT)", "ALTER TABLE `a` ADD INDEX `i` (`id`)")).isEmpty();
        // MariaDB checks a MODIFY against the foreign keys as they were before the statement.
        assertThat(AlterMerger.merge("ALTER TABLE `a` DROP FOREIGN KEY `f`",
                "ALTER TABLE `a` MODIFY COLUMN `id` VARCHAR(64) NOT NULL, MODIFY COLUMN `f_id` VARCHAR(64) NULL"))
                .isEmpty();
        assertThat(AlterMerger.merge("ALTER TABLE `a` MODIFY COLUMN `id` INT NOT NULL",
                "ALTER TABLE `a` ADD CONSTRAINT `f` FOREIGN KEY (`f_id`) REFERENCES `a` (`id`)")).isEmpty();
        assertThat(AlterMerger.merge("ALTER TABLE `a` MODIFY COLUMN `b_id` INT NOT NULL",
                "ALTER TABLE `a` ADD CONSTRAINT `f` FOREIGN KEY (`b_id`) REFERENCES `b` (`id`)")).hasValue(
                "ALTER TABLE `a` MODIFY COLUMN `b_id` INT NOT NULL, ADD CONSTRAINT `f` FOREIGN KEY (`b_id`) "
                        + "REFERENCES `b` (`id`)");
    }

    @Test
    void mergesDefaultChangesOfDifferentColumnsButNotOfAColumnTheOtherStatementNames() {
        assertThat(AlterMerger.merge("ALTER TABLE `a` ALTER COLUMN `x` SET DEFAULT 1",
                "ALTER TABLE `a` ALTER COLUMN `y` DROP DEFAULT"))
                .contains("ALTER TABLE `a` ALTER COLUMN `x` SET DEFAULT 1, ALTER COLUMN `y` DROP DEFAULT");
        assertThat(AlterMerger.merge("ALTER TABLE `a` ALTER COLUMN `x` SET DEFAULT 1",
                "ALTER TABLE `a` ALTER COLUMN `x` SET DEFAULT 2")).isEmpty();
        assertThat(AlterMerger.merge("ALTER TABLE `a` ALTER COLUMN `x` SET DEFAULT 1",
                "ALTER TABLE `a` MODIFY COLUMN `x` INT NULL")).isEmpty();
        assertThat(AlterMerger.merge("ALTER TABLE `a` DROP COLUMN `x`", "ALTER TABLE `a` ALTER COLUMN `x` DROP DEFAULT"))
                .isEmpty();
        assertThat(Algorithms.decorate("ALTER TABLE `a` ALTER COLUMN `x` SET DEFAULT 1, ALTER COLUMN `y` DROP DEFAULT"))
                .endsWith(", ALGORITHM=INSTANT");
    }

    @Test
    void defaultOnlyChangeIsAlterColumnExceptForTextAndBlobColumns() {
        MySqlDialect d = new MySqlDialect();
        FieldState width = FieldState.of("width", "width", FieldType.INT).withDefault("640");
        FieldState note = FieldState.of("note", "note", FieldType.TEXT).withNullable(true);
        ModelState m = new ModelState("app", "A", "app_a", List.of(width, note), List.of());
        assertThat(d.alterDefault(m, width, width.withDefault("800")))
                .containsExactly("ALTER TABLE `app_a` ALTER COLUMN `width` SET DEFAULT 800");
        assertThat(d.alterDefault(m, width, width.withDefault(null)))
                .containsExactly("ALTER TABLE `app_a` ALTER COLUMN `width` DROP DEFAULT");
        assertThat(d.alterDefault(m, note, note.withDefault("x"))).singleElement()
                .satisfies(sql -> assertThat(sql).startsWith("ALTER TABLE `app_a` MODIFY COLUMN `note` LONGTEXT"));
    }

    @Test
    void asksForTheLeastBlockingAlgorithmAndFallsBack() {
        String add = "ALTER TABLE `a` ADD COLUMN `x` INT NULL, DROP COLUMN `y`";
        assertThat(Algorithms.decorate(add)).isEqualTo(add + ", ALGORITHM=INSTANT");
        String index = "ALTER TABLE `a` ADD UNIQUE INDEX `u` (`x`), DROP INDEX `i`";
        assertThat(Algorithms.decorate(index)).isEqualTo(index + ", ALGORITHM=INPLACE, LOCK=NONE");
        String modify = "ALTER TABLE `a` MODIFY COLUMN `x` BIGINT NULL";
        assertThat(Algorithms.decorate(modify)).isEqualTo(modify);
        assertThat(Algorithms.decorate("CREATE TABLE `a` (`id` INT)")).isEqualTo("CREATE TABLE `a` (`id` INT)");

        RuntimeException refused = new UnableToExecuteStatementException(new SQLException("not supported", "0A000",
                1845), null);
        assertThat(Algorithms.fallback(add + ", ALGORITHM=INSTANT", refused))
                .contains(add + ", ALGORITHM=INPLACE, LOCK=NONE");
        assertThat(Algorithms.fallback(add + ", ALGORITHM=INPLACE, LOCK=NONE", refused)).contains(add);
        assertThat(Algorithms.fallback(add, refused)).isEmpty();
        RuntimeException other = new UnableToExecuteStatementException(new SQLException("dup", "42000", 1060), null);
        assertThat(Algorithms.fallback(add + ", ALGORITHM=INSTANT", other)).isEmpty();
    }

    @Test
    void textAndBlobDefaultsAreExpressionsOnMySqlOnly() {
        FieldState body = FieldState.of("body", "body", FieldType.TEXT).withDefault("it's");
        ModelState note = new ModelState("notes", "Note", "notes_note", List.of(body), List.of());
        MySqlDialect mysql = new MySqlDialect(new ServerVersion(false, 8, 0, 31));
        MySqlDialect maria = new MySqlDialect(new ServerVersion(true, 10, 11, 6));
        assertThat(mysql.addColumn(note, body.withDefault(null), "n/a")).containsExactly(
                "ALTER TABLE `notes_note` ADD COLUMN `body` LONGTEXT DEFAULT ('n/a') NOT NULL",
                "ALTER TABLE `notes_note` ALTER COLUMN `body` DROP DEFAULT");
        assertThat(mysql.alterColumn(note, body.withDefault(null), body, null))
                .containsExactly("ALTER TABLE `notes_note` MODIFY COLUMN `body` LONGTEXT DEFAULT ('it''s') NOT NULL");
        assertThat(maria.addColumn(note, body, null))
                .containsExactly("ALTER TABLE `notes_note` ADD COLUMN `body` LONGTEXT DEFAULT 'it''s' NOT NULL");
        FieldState data = FieldState.of("data", "data", FieldType.BINARY).withDefault("AQI=");
        assertThat(mysql.addColumn(note, data, null)).singleElement().asString().contains("DEFAULT (X'0102')");
        assertThat(Algorithms.decorate(mysql.addColumn(note, data, null).get(0))).doesNotContain("INSTANT");
        assertThatThrownBy(() -> new MySqlDialect(new ServerVersion(false, 8, 0, 12)).addColumn(note, body, null))
                .isInstanceOf(SouthwardException.class).hasMessageContaining("MySQL 8.0.13");
        assertThat(AlterMerger.merge(mysql.addColumn(note, body, null).get(0),
                "ALTER TABLE `notes_note` MODIFY COLUMN `body` LONGTEXT DEFAULT ('x') NOT NULL")).isEmpty();
    }

    @Test
    void referenceWithoutConstraintIsItsIndex() {
        ModelState source = new ModelState("shop", "Source", "shop_source", List.of(new FieldState("id", "id",
                FieldType.LONG, null, null, null, false, null, true, true, false, false, null)), List.of());
        FieldState origin = FieldState.of("origin", "origin_id", FieldType.LONG).withNullable(true)
                .withForeignKey(new ForeignKeyRef("shop.Source", OnDelete.CASCADE, false));
        ModelState item = new ModelState("shop", "Item", "shop_item", List.of(origin), List.of());
        MySqlDialect d = new MySqlDialect();
        assertThat(d.addForeignKey(item, origin, source))
                .containsExactly("ALTER TABLE `shop_item` ADD INDEX `shop_item_origin_id_fk` (`origin_id`)");
        assertThat(d.dropForeignKey(item, origin))
                .containsExactly("ALTER TABLE `shop_item` DROP INDEX `shop_item_origin_id_fk`");
        FieldState enforced = origin.withForeignKey(new ForeignKeyRef("shop.Source", OnDelete.CASCADE));
        assertThat(d.addForeignKeyConstraint(item, enforced, source)).containsExactly("ALTER TABLE `shop_item` ADD "
                + "CONSTRAINT `shop_item_origin_id_fk` FOREIGN KEY (`origin_id`) REFERENCES `shop_source` (`id`) "
                + "ON DELETE CASCADE");
        assertThat(d.dropForeignKeyConstraint(item, enforced))
                .containsExactly("ALTER TABLE `shop_item` DROP FOREIGN KEY `shop_item_origin_id_fk`");
    }
}
