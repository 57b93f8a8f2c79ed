package dev.southward.migrate.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.HistoryMismatchException;
import dev.southward.migrate.Southward;
import dev.southward.migrate.SquashRequest;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.testing.H2Extension;
import dev.southward.migrate.testing.MigrationFiles;
import dev.southward.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a {@code migrations.index} present, a start-up in a new JVM (the caches forgotten) is as strict as without:
 * an applied migration edited to the same size (within the index's clock tick, time kept), a deleted one and an
 * added one are found as before; an unchanged history is one query.
 */
@ExtendWith(H2Extension.class)
class MigrationIndexIT {
    @TempDir
    Path dir;
    MigrationFiles files;

    @BeforeEach
    void history() {
        files = new MigrationFiles(dir);
        files.write("shop", "0001_initial", List.of(), new CreateModel("Item", "shop_item",
                List.of(MigrationIndexTest.ID), List.of()));
        files.write("shop", "0002_title", List.of("shop.0001_initial"),
                new AddField("Item", FieldState.of("title", "title", FieldType.STRING).withNullable(true), null));
        files.write("shop", "0003_price", List.of("shop.0002_title"),
                new AddField("Item", FieldState.of("price", "price", FieldType.INT).withNullable(true), null));
    }

    private Southward southward(TestDatabase db) {
        return Southward.create(db.dataSource()).withMigrationsDirectory(dir);
    }

    /** What a new JVM would find: nothing cached. */
    private static void newJvm() {
        MigrationCatalog.forget();
        MigrationLoader.forget();
    }

    private void dateFilesBack() throws Exception {
        try (var all = Files.list(dir.resolve("shop"))) {
            for (Path f : all.toList()) {
                Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
            }
        }
    }

    @Test
    void anUnchangedHistoryIsOneQueryWithTheIndexAndNoFileRead(TestDatabase db) throws Exception {
        dateFilesBack();
        assertThat(southward(db).writeMigrationIndexes()).containsExactly(dir.resolve("shop/migrations.index"));
        southward(db).migrate();
        newJvm();
        assertThat(MigrationSources.inDirectory(dir, true)).allMatch(f -> f.indexed() != null);
        db.dataSource().reset();
        assertThat(southward(db).migrate().nothingToDo()).isTrue();
        assertThat(db.dataSource().statements()).hasSize(1);
    }

    @Test
    void anAppliedMigrationEditedToTheSameSizeWithinTheClockTickIsRefused(TestDatabase db) throws Exception {
        southward(db).writeMigrationIndexes(); // just after the files: all within the clock tick
        southward(db).migrate();
        Path file = dir.resolve("shop/0002_title.json");
        FileTime time = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        Files.writeString(file, Files.readString(file).replaceFirst("\"title\"", "\"titel\""));
        Files.setLastModifiedTime(file, time);
        assertThat(Files.size(file)).isEqualTo(size);
        newJvm();
        assertThatThrownBy(() -> southward(db).migrate()).isInstanceOf(HistoryMismatchException.class)
                .hasMessageContaining("shop.0002_title was changed after it was applied");
    }

    @Test
    void anAppliedMigrationEditedLaterIsRefused(TestDatabase db) throws Exception {
        dateFilesBack();
        southward(db).writeMigrationIndexes();
        southward(db).migrate();
        Path file = dir.resolve("shop/0002_title.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"title\"", "\"titel\""));
        newJvm();
        assertThatThrownBy(() -> southward(db).migrate()).isInstanceOf(HistoryMismatchException.class)
                .hasMessageContaining("shop.0002_title was changed after it was applied");
    }

    @Test
    void aDeletedAppliedMigrationIsAGhostAndAnAddedOneIsApplied(TestDatabase db) throws Exception {
        dateFilesBack();
        southward(db).writeMigrationIndexes();
        southward(db).migrate();
        files.write("shop", "0004_stock", List.of("shop.0003_price"),
                new AddField("Item", FieldState.of("stock", "stock", FieldType.INT).withNullable(true), null));
        newJvm();
        assertThat(southward(db).migrate().steps()).extracting(s -> s.key().name()).containsExactly("0004_stock");
        files.delete("shop", "0004_stock");
        newJvm();
        assertThatThrownBy(() -> southward(db).migrate()).isInstanceOf(HistoryMismatchException.class)
                .hasMessageContaining("shop.0004_stock");
    }

    @Test
    void aSquashWritesTheIndexWithWhatItReplaces(TestDatabase db) throws Exception {
        southward(db).squashMigrations(SquashRequest.app("shop").to("0003"));
        String index = Files.readString(dir.resolve("shop/migrations.index"));
        assertThat(index).startsWith("southward-index 1\nwritten ")
                .contains("0001_squashed_0003_price.json ")
                .contains(" 0001_initial,0002_title,0003_price\n");
    }
}
