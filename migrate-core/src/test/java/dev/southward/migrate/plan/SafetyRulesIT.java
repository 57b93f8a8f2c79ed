package dev.southward.migrate.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.HistoryMismatchException;
import dev.southward.migrate.IrreversibleMigrationException;
import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.MigrationGraphException;
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

/** South's safety rules, each with its exact message (acceptance 4). */
@ExtendWith(H2Extension.class)
class SafetyRulesIT {
    @TempDir
    Path dir;
    MigrationFiles files;

    @BeforeEach
    void initial() {
        files = new MigrationFiles(dir);
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        files.write("shop", "0001_initial", List.of(), new CreateModel("Item", "shop_item",
                List.of(id, FieldState.of("name", "name", FieldType.STRING).withNullable(true)), List.of()));
    }

    private Southward southward(TestDatabase db) {
        return Southward.create(db.dataSource()).withMigrationsDirectory(dir);
    }

    private static AddField nullableInt(String name) {
        return new AddField("Item", FieldState.of(name, name, FieldType.INT).withNullable(true), null);
    }

    private boolean tableExists(TestDatabase db, String table) {
        return db.count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = '" + table + "'") > 0;
    }

    @Test
    void conflictNamesBothLeavesAndMergeResolvesIt(TestDatabase db) {
        files.write("shop", "0002_add_price", List.of("shop.0001_initial"), nullableInt("price"));
        files.write("shop", "0002_add_stock", List.of("shop.0001_initial"), nullableInt("stock"));
        assertThatThrownBy(() -> southward(db).migrate())
                .isInstanceOf(MigrationGraphException.class)
                .hasMessage("Conflicting migrations in app shop: 0002_add_price and 0002_add_stock are both latest "
                        + "(neither depends on the other; two developers made a migration from the same parent). "
                        + "Merge them: mvn migrate:schemamigration -Dapp=shop -Dmerge (Java API: "
                        + "MakeRequest.merge(\"shop\")) writes a merge migration that depends on both.");
        assertThat(tableExists(db, "shop_item")).isFalse();

        var merge = southward(db).makeMigrations(MakeRequest.merge("shop"));
        assertThat(merge.migrations()).extracting(m -> m.key().name()).containsExactly("0003_merge");
        assertThat(southward(db).migrate().steps()).hasSize(4);
        assertThat(southward(db).verify().all()).isEmpty();
    }

    @Test
    void outOfOrderIsRefusedThenAllowedWithMerge(TestDatabase db) {
        files.write("shop", "0002_zebra", List.of("shop.0001_initial"), nullableInt("zebra"));
        southward(db).migrate();
        files.write("shop", "0002_apple", List.of("shop.0001_initial"), nullableInt("apple"));
        files.write("shop", "0003_merge", List.of("shop.0002_apple", "shop.0002_zebra"));
        assertThatThrownBy(() -> southward(db).migrate())
                .isInstanceOf(HistoryMismatchException.class)
                .hasMessage("Migration shop.0002_apple is not applied, but the later shop.0002_zebra is (out of "
                        + "order: it probably came in with a merge). Migrate with merge to apply shop.0002_apple "
                        + "anyway.");
        assertThat(southward(db).list().render()).contains("( ) 0002_apple");
        var result = southward(db).migrate(MigrateRequest.all().merge());
        assertThat(result.steps()).extracting(d -> d.key().name()).containsExactly("0002_apple", "0003_merge");
        assertThat(southward(db).verify().all()).isEmpty();
    }

    @Test
    void ghostsAreRefusedIgnoredOrDeleted(TestDatabase db) {
        files.write("shop", "0002_add_price", List.of("shop.0001_initial"), nullableInt("price"));
        southward(db).migrate();
        files.delete("shop", "0002_add_price");
        String message = "Ghost migrations: the history table records [shop.0002_add_price] as applied, but the "
                + "folder " + dir.toAbsolutePath().normalize() + " has no such migration (a migration file was "
                + "deleted, renamed, or comes from another branch; or migrations are read from the wrong place). "
                + "Restore them, or migrate with ignore-ghost-migrations to go on, or with delete-ghost-migrations "
                + "to delete their history rows.";
        assertThatThrownBy(() -> southward(db).migrate()).isInstanceOf(HistoryMismatchException.class)
                .hasMessage(message);
        var ignored = southward(db).migrate(MigrateRequest.all().ignoreGhosts());
        assertThat(ignored.nothingToDo()).isTrue();
        assertThat(ignored.ignoredGhosts()).extracting(Object::toString).containsExactly("shop.0002_add_price");
        assertThat(ignored.deletedGhosts()).isEmpty();
        assertThat(southward(db).list().ghosts()).extracting(Object::toString).containsExactly("shop.0002_add_price");
        var deleted = southward(db).migrate(MigrateRequest.all().deleteGhosts());
        assertThat(deleted.deletedGhosts()).extracting(Object::toString).containsExactly("shop.0002_add_price");
        assertThat(southward(db).list().ghosts()).isEmpty();
        assertThat(southward(db).migrate().nothingToDo()).isTrue();
    }

    @Test
    void fakeRecordsAndUnrecordsWithoutRunningSql(TestDatabase db) {
        var done = southward(db).migrate(MigrateRequest.all().fake());
        assertThat(done.steps()).singleElement().satisfies(d -> assertThat(d.fake()).isTrue());
        assertThat(tableExists(db, "shop_item")).isFalse();
        assertThat(southward(db).list().render()).isEqualTo(" shop\n  (*) 0001_initial\n");
        db.execute("CREATE TABLE \"SHOP_ITEM\" (\"ID\" BIGINT)");
        southward(db).migrate(MigrateRequest.app("shop").target("zero").fake());
        assertThat(tableExists(db, "shop_item")).isTrue();
        assertThat(southward(db).list().render()).isEqualTo(" shop\n  ( ) 0001_initial\n");
    }

    @Test
    void zeroUnappliesTheAppCompletely(TestDatabase db) {
        files.write("shop", "0002_add_price", List.of("shop.0001_initial"), nullableInt("price"));
        southward(db).migrate();
        var result = southward(db).migrate(MigrateRequest.app("shop").target("zero"));
        assertThat(result.steps()).extracting(d -> d.key().name() + (d.backwards() ? " backwards" : ""))
                .containsExactly("0002_add_price backwards", "0001_initial backwards");
        assertThat(tableExists(db, "shop_item")).isFalse();
        assertThat(southward(db).list().render()).isEqualTo(" shop\n  ( ) 0001_initial\n  ( ) 0002_add_price\n");
    }

    @Test
    void irreversibleOperationIsRefusedBeforeAnythingIsUnapplied(TestDatabase db) {
        files.write("shop", "0002_add_price", List.of("shop.0001_initial"), nullableInt("price"));
        files.write("shop", "0003_cleanup", List.of("shop.0002_add_price"),
                new RunSql(List.of("UPDATE \"SHOP_ITEM\" SET \"PRICE\" = 0"), null));
        southward(db).migrate();
        assertThatThrownBy(() -> southward(db).migrate(MigrateRequest.app("shop").target("0001")))
                .isInstanceOf(IrreversibleMigrationException.class)
                .hasMessage("Cannot unapply shop.0003_cleanup: operation #1 (run SQL (1 statement)) is irreversible. "
                        + "Nothing was unapplied. Plan was: [unapply shop.0003_cleanup, unapply shop.0002_add_price]");
        assertThat(southward(db).list().render()).contains("(*) 0002_add_price", "(*) 0003_cleanup");
        assertThat(southward(db).verify().all()).isEmpty();
    }

    @Test
    void editedAppliedMigrationIsRefusedUntilRepaired(TestDatabase db) throws Exception {
        files.write("shop", "0002_add_price", List.of("shop.0001_initial"), nullableInt("price"));
        southward(db).migrate();
        String before = southward(db).migrations().get(1).checksum();
        Path file = dir.resolve("shop/0002_add_price.json");
        // Saved the way git and most editors do: a new file replaces the old one.
        Path edited = dir.resolve("shop/edited.tmp");
        Files.writeString(edited, Files.readString(file).replace("\"type\" : \"int\"", "\"type\" : \"long\""));
        Files.move(edited, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String after = southward(db).migrations().get(1).checksum();
        assertThat(after).isNotEqualTo(before);
        assertThatThrownBy(() -> southward(db).migrate()).isInstanceOf(HistoryMismatchException.class)
                .hasMessage("Migration shop.0002_add_price was changed after it was applied (checksum in the history "
                        + "table " + before + ", of " + file + " " + after + "). "
                        + "Restore the file from version control and put the change in a new migration; or, if the "
                        + "database already matches the edited file, run repair to record the new checksum (mvn "
                        + "migrate:migrate -Drepair; Java API: Southward.repair()).");
        assertThat(southward(db).repair()).extracting(Object::toString).containsExactly("shop.0002_add_price");
        assertThat(southward(db).migrate().nothingToDo()).isTrue();
    }
}
