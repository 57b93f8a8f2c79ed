package dev.southward.migrate.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.BetweenMigrationsException;
import dev.southward.migrate.MigrationFailedException;
import dev.southward.migrate.Southward;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.AddIndex;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.testing.H2Extension;
import dev.southward.migrate.testing.MigrationFiles;
import dev.southward.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration that fails half-way on H2 (whose DDL commits implicitly, like MySQL's): the report, the partial
 * mark in the list, and each way out.
 */
@ExtendWith(H2Extension.class)
class RecoveryIT {
    @TempDir
    Path dir;
    TestDatabase db;
    Southward southward;

    @BeforeEach
    void setUp(TestDatabase db) {
        this.db = db;
        MigrationFiles files = new MigrationFiles(dir);
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        files.write("shop", "0001_initial", List.of(), new CreateModel("Item", "shop_item",
                List.of(id, FieldState.of("name", "name", FieldType.STRING)), List.of()));
        // Three statements: two ADD COLUMNs, then a unique index that fails while names are duplicated.
        files.write("shop", "0002_sku", List.of("shop.0001_initial"),
                new AddField("Item", FieldState.of("sku", "sku", FieldType.INT).withNullable(true), null),
                new AddField("Item", FieldState.of("price", "price", FieldType.INT).withNullable(true), null),
                new AddIndex("Item", new IndexState("shop_item_name_uniq", List.of("name"), true)));
        southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
        southward.migrate(dev.southward.migrate.MigrateRequest.app("shop").target("0001"));
        db.execute("INSERT INTO \"SHOP_ITEM\" (\"NAME\") VALUES ('coral'), ('coral'), ('reef')");
        assertThatThrownBy(() -> southward.migrate()).isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("Migration shop.0002_sku failed while applying, at statement 3 of 3, "
                        + "operation #3 (add unique index shop_item_name_uniq on shop.Item):\n"
                        + "    CREATE UNIQUE INDEX \"SHOP_ITEM_NAME_UNIQ\" ON \"SHOP_ITEM\" (\"NAME\")\n  Error: ")
                .hasMessageEndingWith("Statements 1..2 ran and are recorded: the database is between migrations. "
                        + "Fix the cause, then resume (mvn migrate:migrate -Dresume), revert (-Drevert) or mark it "
                        + "applied (-Dmark-applied); the next run lists the choices.");
    }

    @Test
    void reportListAndResume() {
        assertThatThrownBy(() -> southward.migrate()).isInstanceOf(BetweenMigrationsException.class)
                .hasMessageContaining("Migration shop.0002_sku stopped while applying: 2 of 3 statements are "
                        + "done (verified against the live schema).\n"
                        + "    1. [done   ] ALTER TABLE \"SHOP_ITEM\" ADD COLUMN \"SKU\" INTEGER NULL\n"
                        + "    2. [done   ] ALTER TABLE \"SHOP_ITEM\" ADD COLUMN \"PRICE\" INTEGER NULL\n"
                        + "    3. [FAILED ] CREATE UNIQUE INDEX \"SHOP_ITEM_NAME_UNIQ\" ON \"SHOP_ITEM\" (\"NAME\")\n"
                        + "  Error of statement 3: ")
                .hasMessageContaining("Verified against the live schema: statements 1..2 took effect, the rest did "
                        + "not.");
        assertThat(southward.list().render()).contains("(!) 0002_sku  <- between migrations: 2 of 3 statements "
                + "applied");
        assertThatThrownBy(() -> southward.resume()).isInstanceOf(MigrationFailedException.class);
        db.execute("UPDATE \"SHOP_ITEM\" SET \"NAME\" = 'coral 2' WHERE \"ID\" = 2");
        assertThat(southward.resume().steps()).singleElement()
                .satisfies(d -> assertThat(d.key().name()).isEqualTo("0002_sku"));
        assertThat(southward.list().render()).contains("(*) 0002_sku");
        assertThat(southward.verify().all()).isEmpty();
        assertThat(db.count("SELECT COUNT(*) FROM \"SHOP_ITEM\"")).isEqualTo(3);
    }

    @Test
    void revertReturnsToTheStateBefore() {
        assertThat(southward.revert().steps()).singleElement().satisfies(d -> assertThat(d.backwards()).isTrue());
        assertThat(southward.list().render()).contains("( ) 0002_sku");
        assertThat(southward.verify().all()).isEmpty();
        assertThat(db.count("SELECT COUNT(*) FROM \"SHOP_ITEM\"")).isEqualTo(3);
        db.execute("DELETE FROM \"SHOP_ITEM\" WHERE \"ID\" = 2");
        assertThat(southward.migrate().steps()).hasSize(1);
        assertThat(southward.verify().all()).isEmpty();
    }

    @Test
    void markAppliedRefusesADifferentSchemaUnlessForced() {
        assertThatThrownBy(() -> southward.markApplied(false)).isInstanceOf(BetweenMigrationsException.class)
                .hasMessage("Refusing to mark shop.0002_sku applied: the live schema differs from its state after "
                        + "it:\n  - shop.Item: index shop_item_name_uniq is missing\nFix these, or force it (mvn migrate:migrate "
                        + "-Dmark-applied -Dforce).");
        db.execute("DELETE FROM \"SHOP_ITEM\" WHERE \"ID\" = 2");
        db.execute("CREATE UNIQUE INDEX \"SHOP_ITEM_NAME_UNIQ\" ON \"SHOP_ITEM\" (\"NAME\")");
        southward.markApplied(false);
        assertThat(southward.list().render()).contains("(*) 0002_sku");
        assertThat(southward.verify().all()).isEmpty();
    }

    @Test
    void journalOneStepBehindIsSettledByTheSchema() {
        // As if the process died right after statement 2 ran, before the journal recorded it.
        db.execute("UPDATE \"SOUTHWARD_HISTORY\" SET \"STEPS_DONE\" = 1, \"ERROR\" = NULL WHERE \"NAME\" = '0002_sku'");
        assertThatThrownBy(() -> southward.migrate()).isInstanceOf(BetweenMigrationsException.class)
                .hasMessageContaining("2 of 3 statements are done (verified against the live schema)")
                .hasMessageContaining("    2. [done   ] ALTER TABLE")
                .hasMessageContaining("    3. [pending] CREATE UNIQUE INDEX")
                .hasMessageContaining("Verified against the live schema: statements 1..2 took effect, the rest did "
                        + "not.");
        db.execute("UPDATE \"SHOP_ITEM\" SET \"NAME\" = 'coral 2' WHERE \"ID\" = 2");
        southward.resume();
        assertThat(southward.verify().all()).isEmpty();
    }

    @Test
    void nothingToRecover() {
        southward.revert();
        assertThatThrownBy(() -> southward.resume()).hasMessage("No migration is between migrations: nothing to "
                + "recover.");
    }

    @Test
    void aJournalLeftOpenIsSettledWhenTheSchemaProvesNothingRan() {
        southward.revert();
        db.execute("DELETE FROM \"SHOP_ITEM\" WHERE \"ID\" = 2");
        // As if a process wrote the intent and was killed before its first statement.
        db.execute("INSERT INTO \"SOUTHWARD_HISTORY\" VALUES ('shop', '0002_sku', 'x', 'applying', 0, 3, NULL, NULL, "
                + "CURRENT_TIMESTAMP, 0)");
        assertThat(southward.list().render()).contains("(!) 0002_sku");
        assertThat(southward.migrate().steps()).hasSize(1);
        assertThat(southward.verify().all()).isEmpty();
    }

    @Test
    void aJournalLeftOpenIsSettledWhenTheSchemaProvesEverythingRan() {
        db.execute("UPDATE \"SHOP_ITEM\" SET \"NAME\" = 'coral 2' WHERE \"ID\" = 2");
        db.execute("CREATE UNIQUE INDEX \"SHOP_ITEM_NAME_UNIQ\" ON \"SHOP_ITEM\" (\"NAME\")");
        // As if statement 3 ran and the process died before its journal write.
        db.execute("UPDATE \"SOUTHWARD_HISTORY\" SET \"ERROR\" = NULL WHERE \"NAME\" = '0002_sku'");
        assertThat(southward.migrate().nothingToDo()).isTrue();
        assertThat(southward.list().render()).contains("(*) 0002_sku");
    }

    @Test
    void verifyTellsAMigrationAppliedByHandFromOneThatStoppedHalfWay() {
        southward.revert();
        db.execute("ALTER TABLE \"SHOP_ITEM\" ADD COLUMN \"SKU\" INTEGER");
        assertThat(southward.verify().all()).containsExactly(
                "shop.Item: table shop_item has column 'SKU' that no field declares",
                "shop: the live schema matches neither the state before nor after shop.0002_sku: it may have stopped "
                        + "half-way with no journal (DDL run by hand or by another tool).");
        db.execute("ALTER TABLE \"SHOP_ITEM\" ADD COLUMN \"PRICE\" INTEGER");
        db.execute("DELETE FROM \"SHOP_ITEM\" WHERE \"ID\" = 2");
        db.execute("CREATE UNIQUE INDEX \"SHOP_ITEM_NAME_UNIQ\" ON \"SHOP_ITEM\" (\"NAME\")");
        assertThat(southward.verify().all()).last().isEqualTo("shop: the live schema matches the state after "
                + "shop.0002_sku, which is not recorded as applied: record it with fake if it was applied by hand.");
    }

    @Test
    void stopInsideAnOperationResumesFromTheJournalAndReverts() {
        southward.revert();
        db.execute("DELETE FROM \"SHOP_ITEM\" WHERE \"ID\" = 2");
        southward.migrate();
        // On H2 this one operation is two statements: the type change runs, the NOT NULL fails on a NULL.
        new MigrationFiles(dir).write("shop", "0003_sku_long", List.of("shop.0002_sku"), new dev.southward.migrate
                .operation.AlterField("Item", FieldState.of("sku", "sku", FieldType.LONG), null));
        assertThatThrownBy(() -> southward.migrate()).hasMessageContaining("at statement 2 of 2");
        assertThatThrownBy(() -> southward.migrate()).hasMessageContaining("Statement 1 ends in the middle of an "
                + "operation, so the schema cannot be checked there; the journal records statements 1..1 done and "
                + "the next one not started.");
        // Finishing the operation fails again (the NULL is still there): its backwards runs from where it stopped.
        southward.revert();
        assertThat(southward.list().render()).contains("( ) 0003_sku_long");
        assertThat(southward.verify().all()).isEmpty();
        assertThatThrownBy(() -> southward.migrate()).hasMessageContaining("at statement 2 of 2");
        db.execute("UPDATE \"SHOP_ITEM\" SET \"SKU\" = 0");
        southward.resume();
        assertThat(southward.list().render()).contains("(*) 0003_sku_long");
        assertThat(southward.verify().all()).isEmpty();
    }

    @Test
    void aSchemaChangeInsideAnOperationIsSettledByTheEndThatCanBeChecked() {
        southward.revert();
        db.execute("DELETE FROM \"SHOP_ITEM\" WHERE \"ID\" = 2");
        southward.migrate();
        db.execute("UPDATE \"SHOP_ITEM\" SET \"SKU\" = 0");
        // On H2 this one operation is two statements: the type change, then the NOT NULL.
        new MigrationFiles(dir).write("shop", "0003_sku_long", List.of("shop.0002_sku"), new dev.southward.migrate
                .operation.AlterField("Item", FieldState.of("sku", "sku", FieldType.LONG), null));
        southward.migrate();
        // As if the process died during statement 2 (its running mark written), which did take effect.
        db.execute("UPDATE \"SOUTHWARD_HISTORY\" SET \"STATUS\" = 'applying:running', \"STEPS_DONE\" = 1 WHERE "
                + "\"NAME\" = '0003_sku_long'");
        assertThat(southward.list().render()).contains("(!) 0003_sku_long  <- between migrations: 2 of 2");
        assertThat(southward.migrate().nothingToDo()).isTrue(); // settled: the schema shows it complete
        assertThat(southward.list().render()).contains("(*) 0003_sku_long");

        // The same, but statement 2 did not take effect: the column is still nullable.
        southward.migrate(dev.southward.migrate.MigrateRequest.app("shop").target("0002"));
        southward.migrate();
        db.execute("ALTER TABLE \"SHOP_ITEM\" ALTER COLUMN \"SKU\" SET NULL");
        db.execute("UPDATE \"SOUTHWARD_HISTORY\" SET \"STATUS\" = 'applying:running', \"STEPS_DONE\" = 1 WHERE "
                + "\"NAME\" = '0003_sku_long'");
        assertThatThrownBy(() -> southward.migrate()).isInstanceOf(BetweenMigrationsException.class)
                .hasMessageContaining("1 of 2 statements are recorded as done")
                .hasMessageContaining("statement 2, a schema change, did not take effect");
        southward.resume();
        assertThat(southward.list().render()).contains("(*) 0003_sku_long");
        assertThat(southward.verify().all()).isEmpty();
    }
}
