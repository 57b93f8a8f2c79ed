package dev.southward.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.BetweenMigrationsException;
import dev.southward.migrate.HistoryMismatchException;
import dev.southward.migrate.Southward;
import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.AddIndex;
import dev.southward.migrate.operation.CreateModel;
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

/** A history table that is not ours, and a history row no run can have written: named, never acted on. */
class HistoryTableIT {
    @TempDir
    Path dir;

    private void writeMigrations() {
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        MigrationFiles files = new MigrationFiles(dir);
        files.write("ht", "0001_initial", List.of(), new CreateModel("Item", "ht_item", List.of(id), List.of()));
        files.write("ht", "0002_more", List.of("ht.0001_initial"),
                new AddField("Item", FieldState.of("a", "a", FieldType.INT).withNullable(true), null),
                new AddIndex("Item", new IndexState("ht_item_a_idx", List.of("a"), false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void aTableOfAnotherToolIsNamedAsNotOurs(MySqlServer server) {
        writeMigrations();
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            TestDatabase t = db.testDatabase();
            t.execute("CREATE TABLE southward_history (installed_rank INT PRIMARY KEY, version VARCHAR(50))");
            Southward southward = Southward.create(t.dataSource()).withMigrationsDirectory(dir);
            for (Runnable call : List.<Runnable>of(southward::migrate, southward::list)) {
                assertThatThrownBy(call::run).isInstanceOf(HistoryMismatchException.class)
                        .hasMessageContaining("The table southward_history exists but is not a Southward history "
                                + "table: it has no column app, name, checksum")
                        .hasMessageContaining("withHistoryTable");
            }
            assertThat(t.count("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"))
                    .isEqualTo(1);
            southward.withHistoryTable("southward_migrations").migrate();
            assertThat(southward.withHistoryTable("southward_migrations").list().render()).contains("(*) 0002_more");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void aCorruptRowIsDiagnosedAndCanBeForced(MySqlServer server) {
        writeMigrations();
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            TestDatabase t = db.testDatabase();
            Southward southward = Southward.create(t.dataSource()).withMigrationsDirectory(dir);
            southward.migrate();
            t.execute("UPDATE southward_history SET status = 'applying', steps_done = 99, steps_total = 1 "
                    + "WHERE name = '0002_more'");
            assertThatThrownBy(southward::migrate).isInstanceOf(BetweenMigrationsException.class)
                    .hasMessageContaining("The history row of ht.0002_more is corrupt: 99 of 1 statements are "
                            + "recorded as done");
            assertThatThrownBy(southward::revert).isInstanceOf(BetweenMigrationsException.class)
                    .hasMessageContaining("is corrupt");
            assertThatThrownBy(southward::resume).isInstanceOf(BetweenMigrationsException.class)
                    .hasMessageContaining("is corrupt");
            southward.markApplied(true);
            assertThat(southward.list().render()).contains("(*) 0002_more");
            assertThat(southward.verify().all()).isEmpty();
            assertThat(southward.migrate().nothingToDo()).isTrue();
        }
    }
}
