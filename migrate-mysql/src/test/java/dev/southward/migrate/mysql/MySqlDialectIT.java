package dev.southward.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.MigrationFileException;
import dev.southward.migrate.Southward;
import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.AddIndex;
import dev.southward.migrate.operation.AlterField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.RunSql;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.testing.MigrationFiles;
import dev.southward.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rendered SQL on each server: merged ALTERs, the ALGORITHM asked for and its fallback, hostile names, cost. */
class MySqlDialectIT {
    @TempDir
    Path dir;

    static FieldState id() {
        return new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false, false,
                null);
    }

    static FieldState nullableInt(String name) {
        return FieldState.of(name, name, FieldType.INT).withNullable(true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void changesToOneTableAreOneAlterWithTheLeastBlockingAlgorithm(MySqlServer server) {
        MigrationFiles files = new MigrationFiles(dir);
        files.write("shop", "0001_initial", List.of(), new CreateModel("Item", "shop_item",
                List.of(id(), FieldState.of("name", "name", FieldType.STRING)), List.of()));
        files.write("shop", "0002_columns", List.of("shop.0001_initial"), new AddField("Item", nullableInt("a"), null),
                new AddField("Item", nullableInt("b"), null));
        files.write("shop", "0003_indexes", List.of("shop.0002_columns"),
                new AddIndex("Item", new IndexState("shop_item_a_idx", List.of("a"), false)),
                new AddIndex("Item", new IndexState("shop_item_b_idx", List.of("b"), false)));
        files.write("shop", "0004_mixed", List.of("shop.0003_indexes"),
                new AlterField("Item", FieldState.of("name", "name", FieldType.STRING).withNullable(true), null),
                new AddField("Item", nullableInt("c").withIndexed(true), null));
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
            assertThat(southward.sql("shop", "0002", false)).containsExactly("ALTER TABLE `shop_item` ADD COLUMN `a` "
                    + "INT NULL, ADD COLUMN `b` INT NULL, ALGORITHM=INSTANT");
            assertThat(southward.sql("shop", "0002", true)).containsExactly("ALTER TABLE `shop_item` DROP COLUMN `b`, "
                    + "DROP COLUMN `a`, ALGORITHM=INSTANT");
            assertThat(southward.sql("shop", "0003", false)).containsExactly("ALTER TABLE `shop_item` ADD INDEX "
                    + "`shop_item_a_idx` (`a`), ADD INDEX `shop_item_b_idx` (`b`), ALGORITHM=INPLACE, LOCK=NONE");
            assertThat(southward.sql("shop", "0004", false)).containsExactly("ALTER TABLE `shop_item` MODIFY COLUMN "
                    + "`name` VARCHAR(255) NULL, ADD COLUMN `c` INT NULL, ADD INDEX `shop_item_c_idx` (`c`)");
            assertThat(southward.migrate().steps()).hasSize(4);
            assertThat(southward.verify().all()).isEmpty();
            southward.migrate(dev.southward.migrate.MigrateRequest.app("shop").target("0001"));
            assertThat(southward.verify().all()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void refusedInstantFallsBackToInplace(MySqlServer server) {
        MigrationFiles files = new MigrationFiles(dir);
        files.write("shop", "0001_initial", List.of(), new CreateModel("Item", "shop_item", List.of(id()), List.of()),
                // Neither server can add a column instantly to a COMPRESSED table.
                new RunSql(List.of("ALTER TABLE shop_item ROW_FORMAT=COMPRESSED"),
                        List.of("ALTER TABLE shop_item ROW_FORMAT=DYNAMIC")));
        files.write("shop", "0002_more", List.of("shop.0001_initial"), new AddField("Item", nullableInt("a"), null));
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
            assertThat(southward.sql("shop", "0002", false)).singleElement().asString().endsWith("ALGORITHM=INSTANT");
            TestDatabase t = db.testDatabase();
            t.dataSource().reset();
            Southward counted = Southward.create(t.dataSource()).withMigrationsDirectory(dir);
            assertThat(counted.migrate().steps()).hasSize(2);
            assertThat(t.dataSource().statements()).contains(
                    "ALTER TABLE `shop_item` ADD COLUMN `a` INT NULL, ALGORITHM=INSTANT",
                    "ALTER TABLE `shop_item` ADD COLUMN `a` INT NULL, ALGORITHM=INPLACE, LOCK=NONE");
            assertThat(counted.verify().all()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void reservedWordsAreQuotedAndHostileNamesNeverReachTheServer(MySqlServer server) {
        MigrationFiles files = new MigrationFiles(dir);
        String longest = "n".repeat(64);
        files.write("sql", "0001_initial", List.of(), new CreateModel("Order", "order", List.of(id(),
                FieldState.of("select", "select", FieldType.STRING), nullableInt("group"), nullableInt(longest)
                        .withIndexed(false)), List.of(new IndexState("table", List.of("select"), true))));
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            TestDatabase t = db.testDatabase();
            Southward southward = Southward.create(t.dataSource()).withMigrationsDirectory(dir);
            southward.migrate();
            assertThat(t.dataSource().statements()).anySatisfy(s -> assertThat(s).startsWith(
                    "CREATE TABLE `order` (\n    `id` BIGINT AUTO_INCREMENT NOT NULL,\n    `select` VARCHAR(255) NOT "
                            + "NULL,\n    `group` INT NULL,\n    `" + longest + "` INT NULL"));
            assertThat(southward.verify().all()).isEmpty();

            for (String hostile : List.of("x`; DROP TABLE `order", "a'b", "semi;colon", "n".repeat(65), "dash-ed")) {
                new MigrationFiles(dir).write("sql", "0002_hostile", List.of("sql.0001_initial"),
                        new AddField("Order", nullableInt("evil").withName("evil", hostile), null));
                t.dataSource().reset();
                assertThatThrownBy(southward::migrate).isInstanceOf(MigrationFileException.class)
                        .hasMessageContaining("Refusing identifier: '" + hostile + "'");
                assertThat(t.dataSource().statements()).as("only reads and the lock")
                        .allSatisfy(sql -> assertThat(sql).startsWith("SELECT").doesNotContain(hostile));
                new MigrationFiles(dir).delete("sql", "0002_hostile");
            }
            assertThat(t.count("SELECT COUNT(*) FROM `order`")).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void startUpCostAndJournalCost(MySqlServer server) {
        MigrationFiles files = new MigrationFiles(dir);
        files.write("j", "0001_initial", List.of(), new CreateModel("T", "j_t", List.of(id()), List.of()));
        for (int i = 2; i <= 11; i++) {
            files.write("j", String.format("%04d_c%d", i, i), List.of(String.format("j.%04d_%s", i - 1,
                    i == 2 ? "initial" : "c" + (i - 1))), new AddField("T", nullableInt("c" + i), null));
        }
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            TestDatabase t = db.testDatabase();
            Southward southward = Southward.create(t.dataSource()).withMigrationsDirectory(dir);
            southward.migrate();
            List<String> sent = t.dataSource().statements();
            long ddl = sent.stream().filter(s -> s.startsWith("CREATE") || s.startsWith("ALTER")).count();
            long journal = sent.stream().filter(s -> s.contains("southward_history") && !s.startsWith("SELECT")
                    && !s.startsWith("CREATE")).count();
            assertThat(ddl).isEqualTo(11 + 1); // the migrations and the history table
            // The schema shows every statement, so the 11 migrations run as one batch: one write opens it, one
            // closes it (one write per migration plus one otherwise, see JournalIT); one more records the head row
            // that the next start-up reads instead of the rows.
            assertThat(journal).as(String.join("\n", sent)).isEqualTo(3);

            t.dataSource().reset();
            assertThat(southward.migrate().nothingToDo()).isTrue();
            assertThat(t.dataSource().statements()).hasSize(1);
        }
    }
}
