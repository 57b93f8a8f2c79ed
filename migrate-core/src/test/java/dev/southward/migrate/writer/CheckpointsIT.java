package dev.southward.migrate.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.migration.MigrationWriter;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.testing.H2Extension;
import dev.southward.migrate.testing.MigrationFiles;
import dev.southward.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files without a snapshot (between checkpoints) next to files with one (checkpoints, and old files that carry one
 * each): all apply, and the nearest snapshot is the one checked against the replay.
 */
@ExtendWith(H2Extension.class)
class CheckpointsIT {
    @TempDir
    Path dir;

    private void write(boolean damageCheckpoint) throws Exception {
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        MigrationFiles files = new MigrationFiles(dir); // writes a snapshot into each file, as before checkpoints
        files.write("shop", "0001_initial", List.of(), new CreateModel("Item", "shop_item", List.of(id), List.of()));
        files.write("shop", "0002_a", List.of("shop.0001_initial"), column("a"));
        // Two files as schemamigration writes them between checkpoints: no "frozen".
        files.writeRaw("shop", "0003_b", MigrationWriter.render("shop", List.of(MigrationKey.parse("shop.0002_a")),
                List.of(column("b")), null));
        files.writeRaw("shop", "0004_c", MigrationWriter.render("shop", List.of(MigrationKey.parse("shop.0003_b")),
                List.of(column("c")), null));
        if (damageCheckpoint) {
            Path file = dir.resolve("shop/0002_a.json");
            String text = Files.readString(file);
            int frozen = text.indexOf("\"frozen\"");
            Files.writeString(file, text.substring(0, frozen) + text.substring(frozen).replace("\"a\"", "\"z\""));
        }
    }

    private static AddField column(String name) {
        return new AddField("Item", FieldState.of(name, name, FieldType.INT).withNullable(true), null);
    }

    @Test
    void mixedFilesApplyAndVerify(TestDatabase db) throws Exception {
        write(false);
        assertThat(Files.readString(dir.resolve("shop/0004_c.json"))).doesNotContain("frozen");
        Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
        assertThat(southward.migrate().steps()).hasSize(4);
        assertThat(southward.verify().all()).isEmpty();
        // The nearest snapshot (0002_a's) matches the replay, so schemamigration goes on to compare the models.
        assertThat(southward.makeMigrations(MakeRequest.auto("shop").check()).migrations()).isNotEmpty();
    }

    @Test
    void theNearestSnapshotIsCheckedAgainstTheReplay(TestDatabase db) throws Exception {
        write(true);
        Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
        assertThatThrownBy(() -> southward.makeMigrations(MakeRequest.auto("shop")))
                .isInstanceOf(SouthwardException.class)
                .hasMessageContaining("The frozen snapshot in")
                .hasMessageContaining("(shop.0002_a) does not match what its operations produce");
        southward.migrate();
        assertThat(southward.verify().all()).anySatisfy(d -> assertThat(d).contains("the frozen snapshot of "
                + "shop.0002_a differs"));
    }
}
