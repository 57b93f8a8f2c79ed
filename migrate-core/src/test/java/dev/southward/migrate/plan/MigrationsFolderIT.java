package dev.southward.migrate.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.HistoryMismatchException;
import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.MigrationFileException;
import dev.southward.migrate.Southward;
import dev.southward.migrate.operation.CreateModel;
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
 * A wrong migrations folder must not look like ghost migrations whose deletion the user is invited to run: a
 * folder that is missing or not a folder is an error naming it, and deleting every recorded migration of an app as
 * ghosts needs that app named.
 */
@ExtendWith(H2Extension.class)
class MigrationsFolderIT {
    @TempDir
    Path dir;
    TestDatabase db;

    @BeforeEach
    void applied(TestDatabase db) {
        this.db = db;
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        new MigrationFiles(dir.resolve("migrations")).write("shop", "0001_initial", List.of(),
                new CreateModel("Item", "shop_item", List.of(id), List.of()));
        Southward.create(db.dataSource()).withMigrationsDirectory(dir.resolve("migrations")).migrate();
    }

    private long historyRows() {
        // The migrations' rows, without the head row (a cache of the whole history, see HistoryHead).
        return db.count("SELECT COUNT(*) FROM \"SOUTHWARD_HISTORY\" WHERE \"APP\" <> '~southward'");
    }

    @Test
    void aMissingFolderIsAnErrorNamingIt() {
        Path wrong = dir.resolve("migratoins");
        Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(wrong);
        for (Runnable call : List.<Runnable>of(southward::migrate, southward::list, southward::verify,
                () -> southward.migrate(MigrateRequest.all().deleteGhosts()))) {
            assertThatThrownBy(call::run).isInstanceOf(MigrationFileException.class)
                    .hasMessageContaining("The migrations directory " + wrong.toAbsolutePath() + " does not exist");
        }
        assertThat(historyRows()).isEqualTo(1);
    }

    @Test
    void aFileInsteadOfAFolderIsAnError() throws Exception {
        Path file = Files.writeString(dir.resolve("migrations.txt"), "x");
        assertThatThrownBy(() -> Southward.create(db.dataSource()).withMigrationsDirectory(file).migrate())
                .isInstanceOf(MigrationFileException.class).hasMessageContaining("is not a directory");
    }

    @Test
    void deletingEveryMigrationOfAnAppAsGhostsNeedsTheAppNamed() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("elsewhere"));
        Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(empty);
        assertThatThrownBy(() -> southward.migrate(MigrateRequest.all().deleteGhosts()))
                .isInstanceOf(HistoryMismatchException.class)
                .hasMessageContaining("every migration the history records for shop is missing")
                .hasMessageContaining("delete-ghost-migrations=shop");
        assertThat(historyRows()).isEqualTo(1);
        southward.migrate(MigrateRequest.all().deleteGhosts("shop"));
        assertThat(historyRows()).isZero();
    }
}
