package dev.southward.migrate.squash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.HistoryMismatchException;
import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.MigrationGraphException;
import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.Southward;
import dev.southward.migrate.SquashRequest;
import dev.southward.migrate.SquashResult;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.loader.MigrationLoader;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.RenameField;
import dev.southward.migrate.operation.RunSql;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.OnDelete;
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

/** The loader's rules for a squash (all, none, partly applied), cross-app dependencies, and the way back, on H2. */
@ExtendWith(H2Extension.class)
class SquashIT {
    static final FieldState ID = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true,
            false, false, null);
    @TempDir
    Path dir;
    MigrationFiles files;

    /** images 0001..0004, tags 0001 (images 0003 depends on it), accounts 0001 depending on images 0002. */
    @BeforeEach
    void history() {
        files = new MigrationFiles(dir);
        files.write("tags", "0001_initial", List.of(), new CreateModel("Tag", "tags_tag", List.of(ID), List.of()));
        files.write("images", "0001_initial", List.of(), new CreateModel("Image", "images_image", List.of(ID,
                text("title")), List.of()));
        files.write("images", "0002_caption", List.of("images.0001_initial"), new AddField("Image", text("caption"),
                null));
        files.write("images", "0003_tag", List.of("images.0002_caption", "tags.0001_initial"), new AddField("Image",
                FieldState.of("tag", "tag_id", FieldType.LONG).withNullable(true)
                        .withForeignKey(new ForeignKeyRef("tags.Tag", OnDelete.SET_NULL)), null));
        files.write("images", "0004_rename", List.of("images.0003_tag"),
                new RenameField("Image", "caption", "note", "note"),
                new RunSql(List.of("UPDATE \"IMAGES_IMAGE\" SET \"NOTE\" = 'x'"), List.of(), true));
        files.write("accounts", "0001_initial", List.of("images.0002_caption"), new CreateModel("User",
                "accounts_user", List.of(ID, FieldState.of("avatar", "avatar_id", FieldType.LONG).withNullable(true)
                        .withForeignKey(new ForeignKeyRef("images.Image", OnDelete.CASCADE))), List.of()));
    }

    private Southward southward(TestDatabase db) {
        return Southward.create(db.dataSource()).withMigrationsDirectory(dir);
    }

    private SquashResult squash(TestDatabase db) {
        return southward(db).squashMigrations(SquashRequest.app("images").to("0004"));
    }

    private static FieldState text(String name) {
        return FieldState.of(name, name, FieldType.STRING).withNullable(true);
    }

    private List<String> rows(TestDatabase db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT \"APP\" || '.' || \"NAME\" || ':' || "
                + "\"STATUS\" FROM \"SOUTHWARD_HISTORY\" WHERE \"APP\" <> '~southward' ORDER BY 1").mapTo(String.class)
                .list()); // without the head row, a cache
    }

    @Test
    void theSquashFileListsWhatItReplacesKeepsExternalDependenciesAndFoldsOperations(TestDatabase db)
            throws Exception {
        SquashResult r = squash(db);
        assertThat(r.key()).isEqualTo(new MigrationKey("images", "0001_squashed_0004_rename"));
        String text = Files.readString(r.file()).replaceAll("\\s+", "");
        assertThat(text).contains("\"replaces\":[\"0001_initial\",\"0002_caption\",\"0003_tag\",\"0004_rename\"]");
        assertThat(text).contains("\"dependencies\":[\"tags.0001_initial\"]");
        assertThat(text).doesNotContain("UPDATE"); // the elidable RunSql is dropped
        assertThat(r.before()).isEqualTo(5);
        assertThat(r.after()).isEqualTo(1); // one create model with every field
        MigrationGraph graph = MigrationGraph.of(MigrationLoader.fromDirectory(dir));
        assertThat(graph.parents(new MigrationKey("accounts", "0001_initial"))).containsExactly(r.key());
        assertThat(graph.app("images")).containsExactly(r.key());
    }

    @Test
    void noneAppliedRunsTheSquashRecordsBothAndGoesBackAndForth(TestDatabase db) {
        squash(db);
        var done = southward(db).migrate();
        assertThat(done.steps()).extracting(s -> s.key().toString())
                .containsExactly("tags.0001_initial", "images.0001_squashed_0004_rename", "accounts.0001_initial");
        assertThat(rows(db)).contains("images.0001_squashed_0004_rename:applied", "images.0001_initial:applied",
                "images.0004_rename:applied");
        assertThat(southward(db).verify().all()).isEmpty();
        assertThat(southward(db).migrate().steps()).isEmpty();

        southward(db).migrate(MigrateRequest.app("images").target("zero"));
        assertThat(rows(db)).noneMatch(r -> r.startsWith("images.") || r.startsWith("accounts."));
        assertThat(db.count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = 'images_image'"))
                .isZero();
        southward(db).migrate();
        assertThat(southward(db).verify().all()).isEmpty();
        assertThat(rows(db)).hasSize(7);
    }

    @Test
    void allAppliedTakesTheSquashAsAppliedAndTheOldFilesCanGo(TestDatabase db) {
        southward(db).migrate();
        squash(db);
        assertThat(southward(db).migrate().steps()).isEmpty();
        assertThat(rows(db)).contains("images.0001_squashed_0004_rename:applied"); // recorded on the spot
        assertThat(southward(db).list().render()).contains("0001_squashed_0004_rename");
        for (String name : List.of("0001_initial", "0002_caption", "0003_tag", "0004_rename")) {
            files.delete("images", name);
        }
        assertThat(southward(db).list().ghosts()).isEmpty();
        assertThat(southward(db).migrate().steps()).isEmpty();
        assertThat(southward(db).verify().all()).isEmpty();
        // Back through the squash: its operations' backwards; the replaced rows go with it.
        southward(db).migrate(MigrateRequest.app("images").target("zero"));
        assertThat(rows(db)).noneMatch(r -> r.startsWith("images."));
        southward(db).migrate();
        assertThat(southward(db).verify().all()).isEmpty();
    }

    /**
     * With a squash in use, a no-op start-up is still one query: the history's head row counts the rows of replaced
     * migrations whose files are gone (their checksums are compared with nothing, as on the full path). It stays
     * correct with the old files, after they are deleted, with a replaced row missing, and a ghost row is seen.
     */
    @Test
    void startUpWithTheOldFilesAndAfterTheyAreDeletedRunsNothingWithOneQuery(TestDatabase db) throws Exception {
        squash(db);
        southward(db).migrate(); // the squash ran: its row and the replaced ones recorded, and the head
        db.dataSource().reset();
        assertThat(southward(db).migrate().steps()).isEmpty();
        assertThat(db.dataSource().statements()).hasSize(1);
        for (String name : List.of("0001_initial", "0002_caption", "0003_tag", "0004_rename")) {
            files.delete("images", name);
        }
        dateFoldersBack();
        southward(db).migrate(); // the files changed: the full path, which writes the head again
        db.dataSource().reset();
        assertThat(southward(db).migrate().steps()).isEmpty();
        assertThat(db.dataSource().statements()).hasSize(1);
        // A replaced migration whose row is missing, with its file gone, is not required either.
        db.execute(db.sql("DELETE FROM \"southward_history\" WHERE \"name\" = '0002_caption'"));
        assertThat(southward(db).migrate().steps()).isEmpty();
        db.dataSource().reset();
        assertThat(southward(db).migrate().steps()).isEmpty();
        assertThat(db.dataSource().statements()).hasSize(1);
        // A row added by hand changes the count: the full path, which reports the ghost as before.
        db.execute(db.sql("INSERT INTO \"southward_history\" (\"app\", \"name\", \"checksum\", \"status\", "
                + "\"steps_done\", \"steps_total\", \"applied_at\", \"duration_ms\") VALUES ('images', "
                + "'0009_gone', '00000000', 'applied', 1, 1, CURRENT_TIMESTAMP, 0)"));
        assertThatThrownBy(() -> southward(db).migrate()).isInstanceOf(HistoryMismatchException.class)
                .hasMessageContaining("images.0009_gone");
    }

    /**
     * A squash that runs is recorded with the migrations it replaces (files still here) in one write: the write
     * that marks it applied. Nothing is written for the squash after its statements.
     */
    @Test
    void theReplacedRowsAreWrittenWithTheSquashsRow(TestDatabase db) {
        squash(db);
        db.dataSource().reset();
        southward(db).migrate();
        List<String> statements = db.dataSource().statements();
        int squashDdl = -1;
        for (int i = 0; i < statements.size(); i++) {
            squashDdl = statements.get(i).startsWith(db.sql("CREATE TABLE \"images_image\"")) ? i : squashDdl;
        }
        // The squash's row (applied), the four replaced ones, and the intent of accounts.0001, the next migration.
        String write = statements.get(squashDdl + 1);
        assertThat(write).startsWith(db.sql("MERGE INTO \"southward_history\""));
        assertThat(write.split("\\(\\?, \\?", -1)).hasSize(7);
        // Afterwards: accounts.0001 applied, the rows read for the head, the head. No other write.
        assertThat(statements.subList(squashDdl + 3, statements.size())).hasSize(3);
        assertThat(rows(db)).contains("images.0001_squashed_0004_rename:applied", "images.0001_initial:applied",
                "images.0004_rename:applied");
    }

    /**
     * A database migrated through the old files, then squashed and the old files deleted: the first start-up
     * records the squash's row and the head; the next is one query.
     */
    @Test
    void allAppliedThenSquashedAndDeletedIsOneQueryAfterTheFirstStartUp(TestDatabase db) throws Exception {
        southward(db).migrate();
        squash(db);
        for (String name : List.of("0001_initial", "0002_caption", "0003_tag", "0004_rename")) {
            files.delete("images", name);
        }
        dateFoldersBack();
        assertThat(southward(db).migrate().steps()).isEmpty();
        assertThat(rows(db)).contains("images.0001_squashed_0004_rename:applied", "images.0001_initial:applied");
        db.dataSource().reset();
        assertThat(southward(db).migrate().steps()).isEmpty();
        assertThat(db.dataSource().statements()).hasSize(1);
    }

    /**
     * Dates the folders back past the catalog's settling time (a folder changed within a clock tick is read again),
     * so the next start-ups use the cached catalog as they would later on, without waiting.
     */
    private void dateFoldersBack() throws Exception {
        java.nio.file.attribute.FileTime past = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 10_000);
        java.nio.file.Files.setLastModifiedTime(dir, past);
        try (var apps = java.nio.file.Files.list(dir)) {
            for (Path app : apps.toList()) {
                java.nio.file.Files.setLastModifiedTime(app, past);
            }
        }
    }

    @Test
    void partlyAppliedIsRefusedUntilTheRangeIsFinishedWithTheOldFiles(TestDatabase db) {
        southward(db).migrate(MigrateRequest.app("images").target("0002"));
        squash(db);
        assertThatThrownBy(() -> southward(db).migrate())
                .isInstanceOf(HistoryMismatchException.class)
                .hasMessageContaining("Squash images.0001_squashed_0004_rename replaces migrations of which some are "
                        + "applied (0001_initial, 0002_caption) and some are not (0003_tag, 0004_rename)")
                .hasMessageContaining("mvn migrate:migrate -Dapp=images -Dtarget=0004_rename");
        assertThat(rows(db)).hasSize(2);
        southward(db).migrate(MigrateRequest.app("images").target("0004_rename"));
        assertThat(southward(db).migrate().steps()).extracting(s -> s.key().toString())
                .containsExactly("accounts.0001_initial");
        assertThat(rows(db)).contains("images.0001_squashed_0004_rename:applied");
        assertThat(southward(db).verify().all()).isEmpty();
    }

    @Test
    void partlyAppliedWithTheOldFilesGoneSaysToRestoreThem(TestDatabase db) {
        southward(db).migrate(MigrateRequest.app("images").target("0002"));
        squash(db);
        files.delete("images", "0003_tag");
        assertThatThrownBy(() -> southward(db).migrate(MigrateRequest.app("images").target("0004_rename")))
                .isInstanceOf(HistoryMismatchException.class)
                .hasMessageContaining("were deleted")
                .hasMessageContaining("restore them from version control");
    }

    @Test
    void aTargetInsideASquashInUseIsRefused(TestDatabase db) {
        squash(db);
        southward(db).migrate();
        assertThatThrownBy(() -> southward(db).migrate(MigrateRequest.app("images").target("0002_caption")))
                .isInstanceOf(MigrationGraphException.class)
                .hasMessageContaining("images.0002_caption is replaced by the squash images.0001_squashed_0004_rename");
    }

    @Test
    void aSquashOfASquashReplacesBothAndADatabaseOnTheInnerOneCarriesOn(TestDatabase db) throws Exception {
        squash(db);
        southward(db).migrate(); // this database ran the inner squash
        files.write("images", "0005_width", List.of("images.0001_squashed_0004_rename"), new AddField("Image",
                FieldState.of("width", "width", FieldType.INT).withNullable(true), null));
        SquashResult outer = southward(db).squashMigrations(SquashRequest.app("images").to("0005"));
        assertThat(outer.replaces()).extracting(MigrationKey::name).containsExactly("0001_initial", "0002_caption",
                "0003_tag", "0004_rename", "0001_squashed_0004_rename", "0005_width");
        // This database has all of the outer range but 0005: finish it with the old files, then it is in use.
        assertThatThrownBy(() -> southward(db).migrate()).isInstanceOf(HistoryMismatchException.class)
                .hasMessageContaining("some are not (0005_width)");
        southward(db).migrate(MigrateRequest.app("images").target("0005_width"));
        assertThat(southward(db).migrate().steps()).isEmpty();
        assertThat(rows(db)).contains("images.0001_squashed_0005_width:applied");
        assertThat(southward(db).verify().all()).isEmpty();
        // A new database runs the outer squash alone.
        String url = "jdbc:h2:mem:squash_fresh_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        TestDatabase fresh = TestDatabase.of(url, dataSource(url));
        assertThat(southward(fresh).migrate().steps()).extracting(s -> s.key().name())
                .containsExactly("0001_initial", "0001_squashed_0005_width", "0001_initial");
        assertThat(southward(fresh).verify().all()).isEmpty();
        try (var c = fresh.dataSource().getConnection(); var st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }
    }

    private static javax.sql.DataSource dataSource(String url) {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(url);
        return ds;
    }

    @Test
    void aSquashOtherAppsNeedInsideTheRangeIsRefusedAsACycle(TestDatabase db) {
        // accounts 0001 needs images 0002; images 0005 needs accounts 0001: squashing 0001..0005 cannot be placed.
        files.write("images", "0005_after_accounts", List.of("images.0004_rename", "accounts.0001_initial"),
                new AddField("Image", text("extra"), null));
        assertThatThrownBy(() -> southward(db).squashMigrations(SquashRequest.app("images").to("0005")))
                .isInstanceOf(SouthwardException.class)
                .hasMessageContaining("squash a shorter range. Nothing was written");
        assertThat(dir.resolve("images")).isDirectoryNotContaining("glob:**squashed*");
        // The range up to 0004 is fine; then 0005 depends on the squash.
        SquashResult r = squash(db);
        assertThat(MigrationGraph.of(MigrationLoader.fromDirectory(dir))
                .parents(new MigrationKey("images", "0005_after_accounts")))
                .contains(r.key(), new MigrationKey("accounts", "0001_initial"));
        southward(db).migrate();
        assertThat(southward(db).verify().all()).isEmpty();
    }
}
