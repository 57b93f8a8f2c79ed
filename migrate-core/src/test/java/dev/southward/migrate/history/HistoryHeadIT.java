package dev.southward.migrate.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.HistoryMismatchException;
import dev.southward.migrate.MigrationFailedException;
import dev.southward.migrate.Southward;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.RunSql;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.testing.H2Extension;
import dev.southward.migrate.testing.MigrationFiles;
import dev.southward.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The head row lets a no-op start-up read one row, and never hides an edited, missing, ghost or unrecorded
 * migration: every case where it would be stale is caught exactly as without it.
 */
@ExtendWith(H2Extension.class)
class HistoryHeadIT {
    @TempDir
    Path dir;
    TestDatabase db;
    Southward southward;

    @BeforeEach
    void applied(TestDatabase db) {
        this.db = db;
        MigrationFiles files = new MigrationFiles(dir);
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        files.write("shop", "0001_initial", List.of(), new CreateModel("Item", "shop_item", List.of(id), List.of()));
        files.write("shop", "0002_a", List.of("shop.0001_initial"), column("a"));
        files.write("shop", "0003_b", List.of("shop.0002_a"), column("b"));
        southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
        assertThat(southward.migrate().steps()).hasSize(3);
    }

    private static AddField column(String name) {
        return new AddField("Item", FieldState.of(name, name, FieldType.INT).withNullable(true), null);
    }

    private String head() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT \"CHECKSUM\" FROM \"SOUTHWARD_HISTORY\" WHERE \"APP\" = "
                + "'~southward' AND \"NAME\" = '~head'").mapTo(String.class).findOne().orElse(null));
    }

    private void assertOneQuery() {
        db.dataSource().reset();
        assertThat(southward.migrate().nothingToDo()).isTrue();
        assertThat(db.dataSource().statements()).hasSize(1);
    }

    @Test
    void aRunThatEndsUpToDateWritesTheHeadAndTheNoOpReadsOnlyIt() {
        assertThat(head()).startsWith("3:");
        assertOneQuery();
        assertThat(southward.list().render()).doesNotContain("head").contains("(*) 0003_b");
        assertThat(southward.verify().all()).isEmpty();
    }

    /** Edits a file as git and most editors save: a new file replaces the old one. */
    private void edit(String name, String from, String to) throws Exception {
        Path file = dir.resolve("shop").resolve(name + ".json");
        Path temp = dir.resolve("shop").resolve(name + ".tmp");
        Files.writeString(temp, Files.readString(file).replace(from, to));
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aFileEditedAfterTheHeadIsRefused() throws Exception {
        assertOneQuery();
        edit("0002_a", "\"type\" : \"int\"", "\"type\" : \"long\"");
        assertThatThrownBy(southward::migrate).isInstanceOf(HistoryMismatchException.class)
                .hasMessageContaining("Migration shop.0002_a was changed after it was applied");
    }

    @Test
    void aMissingFileIsAGhost() {
        new MigrationFiles(dir).delete("shop", "0003_b");
        assertThatThrownBy(southward::migrate).isInstanceOf(HistoryMismatchException.class)
                .hasMessageContaining("Ghost migrations: the history table records [shop.0003_b]");
    }

    @Test
    void aMigrationAppliedByAnotherProcessIsAGhostHere(@TempDir Path other) throws Exception {
        assertOneQuery();
        for (String f : List.of("0001_initial.json", "0002_a.json", "0003_b.json")) {
            Files.createDirectories(other.resolve("shop"));
            Files.copy(dir.resolve("shop").resolve(f), other.resolve("shop").resolve(f));
        }
        new MigrationFiles(other).write("shop", "0004_c", List.of("shop.0003_b"), column("c"));
        Southward newer = Southward.create(db.dataSource()).withMigrationsDirectory(other);
        assertThat(newer.migrate().steps()).hasSize(1);
        assertThatThrownBy(southward::migrate).isInstanceOf(HistoryMismatchException.class)
                .hasMessageContaining("Ghost migrations: the history table records [shop.0004_c]");
        db.dataSource().reset();
        assertThat(newer.migrate().nothingToDo()).isTrue();
        assertThat(db.dataSource().statements()).hasSize(1);
    }

    @Test
    void aRowDeletedByHandIsPendingAgain() {
        assertOneQuery();
        db.execute("DELETE FROM \"SOUTHWARD_HISTORY\" WHERE \"NAME\" = '0003_b'");
        db.execute("ALTER TABLE \"SHOP_ITEM\" DROP COLUMN \"B\"");
        assertThat(southward.migrate().steps()).extracting(s -> s.key().name()).containsExactly("0003_b");
        assertOneQuery();
    }

    @Test
    void aRowLeftUnfinishedBehindAValidHeadIsSettled() {
        // As if an older version, which knows no head, was killed before the first statement of 0003_b.
        db.execute("ALTER TABLE \"SHOP_ITEM\" DROP COLUMN \"B\"");
        db.execute("UPDATE \"SOUTHWARD_HISTORY\" SET \"STATUS\" = 'applying', \"STEPS_DONE\" = 0 WHERE \"NAME\" = "
                + "'0003_b'");
        assertThat(southward.list().render()).contains("(!) 0003_b");
        assertThat(southward.migrate().steps()).extracting(s -> s.key().name()).containsExactly("0003_b");
        assertOneQuery();
    }

    @Test
    void aFailedRunLeavesTheHeadStaleUntilAFullReadProvesItAgain() {
        new MigrationFiles(dir).write("shop", "0004_bad", List.of("shop.0003_b"),
                new RunSql(List.of("UPDATE \"SHOP_ITEM\" SET \"NOPE\" = 1"), List.of()));
        assertThatThrownBy(southward::migrate).isInstanceOf(MigrationFailedException.class);
        assertThat(head()).isEqualTo("stale");
        new MigrationFiles(dir).delete("shop", "0004_bad");
        db.dataSource().reset();
        assertThat(southward.migrate().nothingToDo()).isTrue();
        assertThat(db.dataSource().statements()).hasSizeGreaterThan(1); // the full read, and the head again
        assertThat(head()).startsWith("3:");
        assertOneQuery();
    }

    @Test
    void unapplyingMarksTheHeadStaleAndTheNextRunAppliesAgain() {
        southward.migrate(dev.southward.migrate.MigrateRequest.app("shop").target("0002"));
        assertThat(head()).isEqualTo("stale"); // 0003_b is pending: nothing to cache
        assertThat(southward.migrate().steps()).hasSize(1);
        assertOneQuery();
    }

    @Test
    void repairRecordsTheNewChecksumAndTheHeadFollows() throws Exception {
        assertOneQuery();
        edit("0003_b", "\"type\" : \"int\"", "\"type\" : \"long\"");
        assertThatThrownBy(southward::migrate).isInstanceOf(HistoryMismatchException.class);
        assertThat(southward.repair()).hasSize(1);
        assertThat(head()).isEqualTo("stale");
        assertThat(southward.migrate().nothingToDo()).isTrue();
        assertOneQuery();
    }
}
