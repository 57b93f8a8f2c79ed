package dev.southward.migrate.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.testing.H2Extension;
import dev.southward.migrate.testing.TestDatabase;
import dev.southward.migrate.workflow.history.crossapp.v1.CatalogApp;
import dev.southward.migrate.workflow.history.defaults.v1.GalleryApp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real model histories: each generated migration applies forwards, backwards and forwards again, and the live
 * schema matches the models after every step. The MySQL module runs the same scenarios on MySQL 8 and MariaDB.
 */
@ExtendWith(H2Extension.class)
public class ModelHistoryIT {
    @TempDir
    Path dir;

    @Test
    void modelDeletedInTheStepThatMovesTheForeignKeyAway(TestDatabase db) {
        retargetThenDelete(db, dir);
    }

    @Test
    void deleteInOneAppAfterAnotherAppMovedItsForeignKeyAwayInTheSameRun(TestDatabase db) {
        crossAppDeleteInOneRun(db, dir);
    }

    @Test
    void deleteInOneAppAfterAnotherAppMovedItsForeignKeyAwayEarlier(TestDatabase db) {
        crossAppDeleteInTwoRuns(db, dir);
    }

    @Test
    void defaultOnlyChangesAreMetadataChanges(TestDatabase db) {
        List<String> sql = defaultOnlyChange(db, dir);
        assertThat(sql).containsExactly(
                "ALTER TABLE \"GALLERY_PHOTO\" ALTER COLUMN \"WIDTH\" SET DEFAULT 800",
                "ALTER TABLE \"GALLERY_PHOTO\" ALTER COLUMN \"STATE\" DROP DEFAULT",
                "ALTER TABLE \"GALLERY_PHOTO\" ALTER COLUMN \"HEIGHT\" SET DEFAULT 480");
    }

    @Test
    void primaryKeyRetypedWithTheForeignKeysOfThreeApps(TestDatabase db) {
        primaryKeyRetyped(db, dir);
    }

    @Test
    void primaryKeysRetypedWithOneReferenceEach(TestDatabase db) {
        // H2 changes a referenced key in place: no constraint is dropped.
        assertThat(primaryKeysRetypedWithOneReferenceEach(db, dir)).containsExactly(
                "ALTER TABLE \"TREE_NODE\" ALTER COLUMN \"ID\" SET DATA TYPE BIGINT",
                "ALTER TABLE \"TREE_NODE\" ALTER COLUMN \"PARENT_ID\" SET DATA TYPE BIGINT",
                "ALTER TABLE \"TREE_TAG\" ALTER COLUMN \"ID\" SET DATA TYPE BIGINT",
                "ALTER TABLE \"TREE_LABEL\" ALTER COLUMN \"TAG_ID\" SET DATA TYPE BIGINT");
    }

    private static Southward southward(TestDatabase db, Path dir, Class<?>... apps) {
        return Southward.create(db.dataSource()).withMigrationsDirectory(dir).withApps(apps);
    }

    /** Item's foreign key moves from Supplier to the new Vendor and Supplier is deleted, all in one migration. */
    public static void retargetThenDelete(TestDatabase db, Path dir) {
        Southward v1 = southward(db, dir, dev.southward.migrate.workflow.history.retarget.v1.ShopApp.class);
        v1.makeMigrations(MakeRequest.auto());
        v1.migrate();
        db.execute(db.sql("INSERT INTO \"shop_item\" (\"supplier_id\", \"title\") VALUES (NULL, 'kelp')"));

        Southward v2 = southward(db, dir, dev.southward.migrate.workflow.history.retarget.v2.ShopApp.class);
        MakeResult made = v2.makeMigrations(MakeRequest.auto());
        assertThat(made.migrations()).singleElement().satisfies(m -> assertThat(m.operations())
                .extracting(o -> o.describe("shop")).containsExactly("create model shop.Vendor",
                        "alter field shop.Item.supplier", "delete model shop.Supplier"));
        String second = made.migrations().get(0).key().name();
        forwardsBackwardsForwards(v2, "shop", "0001", second);
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"shop_item\" WHERE \"title\" = 'kelp'"))).isEqualTo(1);
    }

    /** shop moves its foreign key off catalog.Brand while catalog deletes Brand, made together. */
    public static void crossAppDeleteInOneRun(TestDatabase db, Path dir) {
        initialCatalogAndShop(db, dir);
        Southward v2 = southward(db, dir, dev.southward.migrate.workflow.history.crossapp.v2.CatalogApp.class,
                dev.southward.migrate.workflow.history.crossapp.v2.ShopApp.class);
        MakeResult made = v2.makeMigrations(MakeRequest.auto());
        assertThat(made.migrations()).extracting(m -> m.key().toString())
                .containsExactly("shop.0002_auto__add_label__chg_field_item_brand_id", "catalog.0002_auto__del_brand");
        checkCrossAppHistory(db, v2, dir);
    }

    /** As above, but shop's migration was made (and committed) before catalog deleted Brand. */
    public static void crossAppDeleteInTwoRuns(TestDatabase db, Path dir) {
        initialCatalogAndShop(db, dir);
        Southward v2 = southward(db, dir, dev.southward.migrate.workflow.history.crossapp.v2.CatalogApp.class,
                dev.southward.migrate.workflow.history.crossapp.v2.ShopApp.class);
        v2.makeMigrations(MakeRequest.auto("shop"));
        v2.makeMigrations(MakeRequest.auto("catalog"));
        checkCrossAppHistory(db, v2, dir);
    }

    private static void initialCatalogAndShop(TestDatabase db, Path dir) {
        Southward v1 = southward(db, dir, CatalogApp.class,
                dev.southward.migrate.workflow.history.crossapp.v1.ShopApp.class);
        v1.makeMigrations(MakeRequest.auto());
        v1.migrate();
        db.execute(db.sql("INSERT INTO \"shop_item\" (\"brand_id\", \"title\") VALUES (NULL, 'kelp')"));
    }

    private static void checkCrossAppHistory(TestDatabase db, Southward v2, Path dir) {
        MigrationGraph graph = MigrationGraph.of(v2.migrations());
        MigrationKey delete = MigrationKey.parse("catalog.0002_auto__del_brand");
        MigrationKey retarget = MigrationKey.parse("shop.0002_auto__add_label__chg_field_item_brand_id");
        assertThat(graph.parents(delete)).containsExactlyInAnyOrder(MigrationKey.parse("catalog.0001_initial"),
                retarget);
        assertThat(v2.migrate().steps()).extracting(s -> s.key()).containsExactly(retarget, delete);
        assertThat(v2.verify().all()).isEmpty();
        // Unapplying shop's migration re-adds the foreign key to Brand: catalog's delete is unapplied first.
        assertThat(v2.migrate(MigrateRequest.app("shop").target("0001")).steps()).extracting(s -> s.key())
                .containsExactly(delete, retarget);
        assertThat(v2.verify().all()).isEmpty();
        assertThat(v2.migrate().steps()).extracting(s -> s.key()).containsExactly(retarget, delete);
        assertThat(v2.verify().all()).isEmpty();
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"shop_item\" WHERE \"title\" = 'kelp'"))).isEqualTo(1);
    }

    /**
     * Three default-only changes: described as such, named {@code chg_default_…}, applied forwards, backwards and
     * forwards again, and the defaults fill new rows each time.
     *
     * @return the forwards SQL of the migration
     */
    public static List<String> defaultOnlyChange(TestDatabase db, Path dir) {
        Southward v1 = southward(db, dir, GalleryApp.class);
        v1.makeMigrations(MakeRequest.auto());
        v1.migrate();
        Southward v2 = southward(db, dir, dev.southward.migrate.workflow.history.defaults.v2.GalleryApp.class);
        MakeResult made = v2.makeMigrations(MakeRequest.auto());
        assertThat(made.migrations()).singleElement().satisfies(m -> {
            assertThat(m.operations()).extracting(o -> o.describe("gallery")).containsExactly(
                    "change default of gallery.Photo.width", "change default of gallery.Photo.state",
                    "change default of gallery.Photo.height");
            assertThat(m.key().name()).isEqualTo(
                    "0002_auto__chg_default_photo_width__chg_default_photo_state__chg_default_photo_height");
            assertThat(m.content()).contains("\"defaultOnly\" : true");
        });
        String second = made.migrations().get(0).key().name();
        v2.migrate();
        db.execute(db.sql("INSERT INTO \"gallery_photo\" (\"state\") VALUES ('a')"));
        assertThat(db.count(db.sql("SELECT \"width\" FROM \"gallery_photo\" WHERE \"state\" = 'a'"))).isEqualTo(800);
        assertThat(db.count(db.sql("SELECT \"height\" FROM \"gallery_photo\" WHERE \"state\" = 'a'"))).isEqualTo(480);
        forwardsBackwardsForwards(v2, "gallery", "0001", second);
        v2.migrate(MigrateRequest.app("gallery").target("0001"));
        db.execute(db.sql("INSERT INTO \"gallery_photo\" (\"height\") VALUES (1)"));
        assertThat(db.count(db.sql("SELECT \"width\" FROM \"gallery_photo\" WHERE \"height\" = 1"))).isEqualTo(640);
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"gallery_photo\" WHERE \"state\" = 'new'"))).isEqualTo(1);
        v2.migrate();
        assertThat(v2.verify().all()).isEmpty();
        return v2.sql("gallery", second, false);
    }

    /**
     * people.Person's id goes from int to the default long (as when a framework moves its default id type). It is
     * referenced by itself (mentor), by people.Badge, by blog.Post, and by forum.Topic twice (one reference without
     * a constraint). One operation changes the key and every referencing column; blog and forum get a migration
     * recording their columns. Forwards, backwards to before the change, forwards, back to zero and forwards again,
     * with rows kept across the change and verify clean after each step.
     */
    public static void primaryKeyRetyped(TestDatabase db, Path dir) {
        Southward v1 = southward(db, dir, dev.southward.migrate.workflow.history.retype.v1.PeopleApp.class,
                dev.southward.migrate.workflow.history.retype.v1.BlogApp.class,
                dev.southward.migrate.workflow.history.retype.v1.ForumApp.class);
        v1.makeMigrations(MakeRequest.auto());
        v1.migrate();
        insertPeopleAndReferences(db);

        Southward v2 = southward(db, dir, dev.southward.migrate.workflow.history.retype.v2.PeopleApp.class,
                dev.southward.migrate.workflow.history.retype.v2.BlogApp.class,
                dev.southward.migrate.workflow.history.retype.v2.ForumApp.class);
        MakeResult made = v2.makeMigrations(MakeRequest.auto());
        assertThat(made.migrations()).extracting(m -> m.key().toString()).containsExactly(
                "people.0002_auto__chg_field_person_id", "blog.0002_auto__chg_field_post_author_id",
                "forum.0002_auto__chg_field_topic_starter_id__chg_field_topic_last_reader_id");
        assertThat(made.migrations().get(0).operations()).extracting(o -> o.describe("people"))
                .containsExactly("alter field people.Person.id");
        MigrationGraph graph = MigrationGraph.of(v2.migrations());
        MigrationKey retype = MigrationKey.parse("people.0002_auto__chg_field_person_id");
        assertThat(graph.parents(retype)).containsExactlyInAnyOrder(MigrationKey.parse("people.0001_initial"),
                MigrationKey.parse("blog.0001_initial"), MigrationKey.parse("forum.0001_initial"));
        assertThat(graph.parents(MigrationKey.parse("blog.0002_auto__chg_field_post_author_id")))
                .containsExactlyInAnyOrder(MigrationKey.parse("blog.0001_initial"), retype);

        assertThat(v2.migrate().steps()).hasSize(3).first().satisfies(s -> assertThat(s.key()).isEqualTo(retype));
        assertThat(v2.verify().all()).isEmpty();
        assertReferencesKept(db);
        // Every column is a bigint now: a key beyond int, referenced from each table, is kept exactly.
        long big = 3_000_000_000L;
        db.execute(db.sql("INSERT INTO \"people_person\" (\"id\", \"name\", \"mentor_id\") VALUES (" + big
                + ", 'big', " + big + ")"));
        db.execute(db.sql("INSERT INTO \"people_badge\" (\"holder_id\", \"title\") VALUES (" + big + ", 'b')"));
        db.execute(db.sql("INSERT INTO \"blog_post\" (\"author_id\", \"title\") VALUES (" + big + ", 'b')"));
        db.execute(db.sql("INSERT INTO \"forum_topic\" (\"starter_id\", \"last_reader_id\", \"subject\") "
                + "VALUES (" + big + ", " + big + ", 'b')"));
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"blog_post\" WHERE \"author_id\" = " + big)))
                .isEqualTo(1);
        // The constraints are back: deleting the person cascades to badge and post and sets the topic's starter null.
        db.execute(db.sql("DELETE FROM \"people_person\" WHERE \"id\" = " + big));
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"blog_post\" WHERE \"author_id\" = " + big)))
                .isZero();
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"people_badge\" WHERE \"holder_id\" = " + big)))
                .isZero();
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"forum_topic\" WHERE \"starter_id\" IS NULL")))
                .isEqualTo(1);
        db.execute(db.sql("DELETE FROM \"forum_topic\" WHERE \"subject\" = 'b'"));
        assertThatThrownBy(() -> db.execute(db.sql("INSERT INTO \"blog_post\" (\"author_id\", \"title\") "
                + "VALUES (" + big + ", 'orphan')"))).as("the constraint of blog_post").isNotNull();

        // Backwards: the other apps' migrations go first, then the key and every column are int again.
        assertThat(v2.migrate(MigrateRequest.app("people").target("0001")).steps()).extracting(s -> s.key())
                .hasSize(3).last().isEqualTo(retype);
        assertThat(v2.verify().all()).isEmpty();
        assertReferencesKept(db);
        assertThat(v2.migrate().steps()).hasSize(3);
        assertThat(v2.verify().all()).isEmpty();
        assertReferencesKept(db);

        assertThat(v2.migrate(MigrateRequest.app("people").target("zero")).steps()).hasSize(6);
        assertThat(v2.verify().all()).isEmpty();
        assertThat(v2.migrate().steps()).hasSize(6);
        assertThat(v2.verify().all()).isEmpty();
        insertPeopleAndReferences(db);
        assertReferencesKept(db);
    }

    /**
     * Two keys re-typed in one migration, each with one reference: a self reference (on MySQL its constraint is
     * dropped in the statement that changes the key) and a reference from another table (its column changes in the
     * statement that adds its constraint back). Rows kept; forwards, backwards, forwards.
     *
     * @return the forwards SQL of the migration
     */
    public static List<String> primaryKeysRetypedWithOneReferenceEach(TestDatabase db, Path dir) {
        Southward v1 = southward(db, dir, dev.southward.migrate.workflow.history.retype.v1.TreeApp.class);
        v1.makeMigrations(MakeRequest.auto());
        v1.migrate();
        db.execute(db.sql("INSERT INTO \"tree_node\" (\"id\") VALUES (1)"));
        db.execute(db.sql("INSERT INTO \"tree_node\" (\"id\", \"parent_id\") VALUES (2, 1)"));
        db.execute(db.sql("INSERT INTO \"tree_tag\" (\"id\", \"name\") VALUES (7, 'kelp')"));
        db.execute(db.sql("INSERT INTO \"tree_label\" (\"tag_id\") VALUES (7)"));
        Southward v2 = southward(db, dir, dev.southward.migrate.workflow.history.retype.v2.TreeApp.class);
        MakeResult made = v2.makeMigrations(MakeRequest.auto());
        assertThat(made.migrations()).singleElement().satisfies(m -> assertThat(m.operations())
                .extracting(o -> o.describe("tree"))
                .containsExactly("alter field tree.Node.id", "alter field tree.Tag.id"));
        forwardsBackwardsForwards(v2, "tree", "0001", made.migrations().get(0).key().name());
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"tree_node\" WHERE \"parent_id\" = 1"))).isEqualTo(1);
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"tree_label\" l JOIN \"tree_tag\" t "
                + "ON l.\"tag_id\" = t.\"id\" WHERE t.\"name\" = 'kelp'"))).isEqualTo(1);
        db.execute(db.sql("DELETE FROM \"tree_tag\""));
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"tree_label\""))).as("cascaded").isZero();
        return v2.sql("tree", made.migrations().get(0).key().name(), false);
    }

    private static void insertPeopleAndReferences(TestDatabase db) {
        db.execute(db.sql("INSERT INTO \"people_person\" (\"id\", \"name\") VALUES (1, 'ann')"));
        db.execute(db.sql("INSERT INTO \"people_person\" (\"id\", \"name\", \"mentor_id\") VALUES (2, 'bo', 1)"));
        db.execute(db.sql("INSERT INTO \"people_badge\" (\"holder_id\", \"title\") VALUES (2, 'first')"));
        db.execute(db.sql("INSERT INTO \"blog_post\" (\"author_id\", \"title\") VALUES (1, 'hello')"));
        db.execute(db.sql("INSERT INTO \"forum_topic\" (\"starter_id\", \"last_reader_id\", \"subject\") "
                + "VALUES (2, 1, 'kelp')"));
    }

    /** The rows of {@link #insertPeopleAndReferences} and their references, unchanged. */
    private static void assertReferencesKept(TestDatabase db) {
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"people_person\" p JOIN \"people_person\" m "
                + "ON p.\"mentor_id\" = m.\"id\" WHERE p.\"name\" = 'bo' AND m.\"name\" = 'ann'"))).isEqualTo(1);
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"people_badge\" b JOIN \"people_person\" p "
                + "ON b.\"holder_id\" = p.\"id\" WHERE p.\"name\" = 'bo'"))).isEqualTo(1);
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"blog_post\" b JOIN \"people_person\" p "
                + "ON b.\"author_id\" = p.\"id\" WHERE p.\"name\" = 'ann'"))).isEqualTo(1);
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"forum_topic\" t JOIN \"people_person\" p "
                + "ON t.\"starter_id\" = p.\"id\" JOIN \"people_person\" r ON t.\"last_reader_id\" = r.\"id\" "
                + "WHERE p.\"name\" = 'bo' AND r.\"name\" = 'ann'"))).isEqualTo(1);
    }

    /** Applies the app's migrations, goes back to {@code back}, and forwards again; verifies after each. */
    private static void forwardsBackwardsForwards(Southward s, String app, String back, String latest) {
        s.migrate();
        assertThat(s.verify().all()).isEmpty();
        assertThat(s.migrate(MigrateRequest.app(app).target(back)).steps()).singleElement()
                .satisfies(step -> assertThat(step.key().name()).isEqualTo(latest));
        assertThat(s.verify().all()).isEmpty();
        assertThat(s.migrate().steps()).singleElement()
                .satisfies(step -> assertThat(step.key().name()).isEqualTo(latest));
        assertThat(s.verify().all()).isEmpty();
    }
}
