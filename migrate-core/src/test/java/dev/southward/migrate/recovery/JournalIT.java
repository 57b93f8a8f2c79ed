package dev.southward.migrate.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.BetweenMigrationsException;
import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.MigrationFailedException;
import dev.southward.migrate.Southward;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.RunSql;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.testing.H2Extension;
import dev.southward.migrate.testing.MigrationFiles;
import dev.southward.migrate.execute.MigrationListener;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal records progress only where the live schema cannot show it; recovery finds how far the other
 * statements got from the schema.
 */
@ExtendWith(H2Extension.class)
class JournalIT {
    @TempDir
    Path dir;

    private Southward setUp(TestDatabase db, String sql) {
        MigrationFiles files = initial();
        // Three ADD COLUMNs (the schema shows them), a data change (it does not), another ADD COLUMN.
        files.write("shop", "0002_five", List.of("shop.0001_initial"), column("a"), column("b"), column("c"),
                new RunSql(List.of(sql), List.of()), column("d"));
        Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
        southward.migrate(MigrateRequest.app("shop").target("0001"));
        db.execute("INSERT INTO \"SHOP_ITEM\" (\"ID\") VALUES (1), (2)");
        return southward;
    }

    /** The app's first migration, a table with an id; the files to write the rest with. */
    private MigrationFiles initial() {
        MigrationFiles files = new MigrationFiles(dir);
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        files.write("shop", "0001_initial", List.of(), new CreateModel("Item", "shop_item", List.of(id), List.of()));
        return files;
    }

    private static AddField column(String name) {
        return new AddField("Item", FieldState.of(name, name, FieldType.INT).withNullable(true), null);
    }

    @Test
    void progressIsWrittenOnlyAroundWhatTheSchemaCannotShow(TestDatabase db) {
        Southward southward = setUp(db, "UPDATE \"SHOP_ITEM\" SET \"A\" = 1");
        db.dataSource().reset();
        assertThat(southward.migrate().steps()).hasSize(1);
        List<String> journal = db.dataSource().statements().stream().filter(s -> s.toLowerCase(java.util.Locale.ROOT).contains("southward_history"))
                .toList();
        // The start-up probe, the full read, the intent (which marks the head stale), progress 3 before the UPDATE
        // and 4 after it, the final write, the new head.
        assertThat(journal).hasSize(7);
        assertThat(journal.stream().filter(s -> s.startsWith("UPDATE")).toList()).hasSize(2);
        assertThat(db.count("SELECT COUNT(*) FROM \"SHOP_ITEM\" WHERE \"A\" = 1")).isEqualTo(2);
    }

    @Test
    void aStopWithNothingJournaledIsFoundInTheSchema(TestDatabase db) {
        Southward southward = setUp(db, "UPDATE \"SHOP_ITEM\" SET \"NOPE\" = 1");
        assertThatThrownBy(southward::migrate).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("at statement 4 of 5");
        // As after a kill -9 during statement 3: the intent is all the journal holds.
        db.execute("ALTER TABLE \"SHOP_ITEM\" DROP COLUMN \"C\"");
        db.execute("UPDATE \"SOUTHWARD_HISTORY\" SET \"STEPS_DONE\" = 0, \"ERROR\" = NULL WHERE \"NAME\" = '0002_five'");
        assertThatThrownBy(southward::migrate).isInstanceOf(BetweenMigrationsException.class)
                .hasMessageContaining("Migration shop.0002_five stopped while applying: 2 of 5 statements are done "
                        + "(verified against the live schema).")
                .hasMessageContaining("    2. [done   ] ALTER TABLE \"SHOP_ITEM\" ADD COLUMN \"B\"")
                .hasMessageContaining("    3. [pending] ALTER TABLE \"SHOP_ITEM\" ADD COLUMN \"C\"")
                .hasMessageContaining("Verified against the live schema: statements 1..2 took effect, the rest did "
                        + "not.");
        assertThat(southward.list().render()).contains("(!) 0002_five  <- between migrations: 2 of 5 statements "
                + "applied");
        assertThat(southward.revert().steps()).hasSize(1);
        assertThat(southward.verify().all()).isEmpty();
        assertThat(db.count("SELECT COUNT(*) FROM \"SHOP_ITEM\"")).isEqualTo(2);
    }

    /** 0001 creates a table; 0002 adds a; 0003 adds b and c; 0004 adds d: one batch for the schema shows all. */
    private Southward batch(TestDatabase db) {
        MigrationFiles files = initial();
        files.write("shop", "0002_a", List.of("shop.0001_initial"), column("a"));
        files.write("shop", "0003_bc", List.of("shop.0002_a"), column("b"), column("c"));
        files.write("shop", "0004_d", List.of("shop.0003_bc"), column("d"));
        return Southward.create(db.dataSource()).withMigrationsDirectory(dir);
    }

    /** The batch, with 0001 applied first, then run until just before statement {@code index} of {@code name}. */
    private Southward batchKilledBefore(TestDatabase db, String name, int index) {
        Southward southward = batch(db);
        southward.migrate(MigrateRequest.app("shop").target("0001"));
        assertThatThrownBy(() -> southward.withListener(killBefore(name, index)).migrate()).hasMessage("killed");
        return southward;
    }

    /** Throws (like a kill -9, nothing more is written) just before statement {@code index} of {@code name}. */
    private static MigrationListener killBefore(String name, int index) {
        return new MigrationListener() {
            @Override
            public void statement(MigrationKey key, int i, String sql) {
                if (key.name().equals(name) && i == index) {
                    throw new IllegalStateException("killed");
                }
            }
        };
    }

    @Test
    void aBatchIsOpenedWithOneWriteAndClosedWithAnother(TestDatabase db) {
        Southward southward = batch(db);
        db.dataSource().reset();
        assertThat(southward.migrate().steps()).hasSize(4);
        // One write opens the batch (and marks the head row stale), one closes it, one records the new head.
        assertThat(db.dataSource().statements().stream().filter(s -> s.startsWith("MERGE INTO \"SOUTHWARD_HISTORY\""))
                .toList()).hasSize(3);
        assertThat(southward.verify().all()).isEmpty();
    }

    @Test
    void aBatchKilledInsideAMigrationIsSettledFromTheSchema(TestDatabase db) {
        Southward southward = batchKilledBefore(db, "0003_bc", 1);
        assertThat(db.count("SELECT COUNT(*) FROM \"SOUTHWARD_HISTORY\" WHERE \"STATUS\" = 'applying'")).isEqualTo(3);

        assertThatThrownBy(southward::migrate).isInstanceOf(BetweenMigrationsException.class)
                .hasMessageContaining("Migration shop.0003_bc stopped while applying: 1 of 2 statements are done "
                        + "(verified against the live schema).")
                .hasMessageNotContaining("0002_a stopped").hasMessageNotContaining("0004_d stopped");
        assertThat(southward.list().render()).contains("(*) 0002_a", "(!) 0003_bc  <- between migrations: 1 of 2 "
                + "statements applied", "( ) 0004_d");
        assertThat(southward.resume().steps()).hasSize(1);
        assertThat(southward.migrate().steps()).extracting(d -> d.key().name()).containsExactly("0004_d");
        assertThat(southward.verify().all()).isEmpty();
    }

    @Test
    void aBatchKilledBetweenMigrationsIsSettledAndMigrationGoesOn(TestDatabase db) {
        Southward southward = batchKilledBefore(db, "0004_d", 0);

        assertThat(southward.migrate().steps()).extracting(d -> d.key().name()).containsExactly("0004_d");
        assertThat(southward.list().render()).contains("(*) 0002_a", "(*) 0003_bc", "(*) 0004_d");
        assertThat(southward.verify().all()).isEmpty();
    }
}
