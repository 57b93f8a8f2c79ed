package dev.southward.migrate.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.UnansweredQuestionsException;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.questioner.Answers;
import dev.southward.migrate.testing.H2Extension;
import dev.southward.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real model histories with relations: a foreign key to a table Southward does not manage, many-to-many fields,
 * and a model moved to another app. Each applies forwards, backwards to zero and forwards again, with the live
 * schema matching the models after every step. The MySQL module runs the same scenarios on MySQL 8 and MariaDB.
 */
@ExtendWith(H2Extension.class)
public class RelationsHistoryIT {
    @TempDir
    Path dir;

    @Test
    void foreignKeyToAnUnmanagedTable(TestDatabase db) {
        unmanagedTarget(db, dir);
    }

    @Test
    void manyToManyJoinTablesComeAndGoWithTheirFields(TestDatabase db) {
        manyToMany(db, dir);
    }

    @Test
    void modelMovedToAnotherAppKeepsItsRows(TestDatabase db) {
        moveModel(db, dir, false);
    }

    @Test
    void modelMovedToAnotherAppKeepingItsTableName(TestDatabase db) {
        moveModel(db, dir, true);
    }

    @Test
    void anUnansweredMoveQuestionWritesNothing(TestDatabase db) {
        southward(db, dir, dev.southward.migrate.workflow.history.move.v1.CatalogApp.class,
                dev.southward.migrate.workflow.history.move.v1.ShopApp.class).makeMigrations(MakeRequest.auto());
        Southward v2 = southward(db, dir, dev.southward.migrate.workflow.history.move.v2.CatalogApp.class,
                dev.southward.migrate.workflow.history.move.v2.InventoryApp.class,
                dev.southward.migrate.workflow.history.move.v2.ShopApp.class);
        assertThatThrownBy(() -> v2.makeMigrations(MakeRequest.auto()))
                .isInstanceOf(UnansweredQuestionsException.class)
                .hasMessageContaining("Did you move catalog.Product to inventory.Product?")
                .hasMessageContaining("renames catalog.Product=inventory.Product");
        assertThat(v2.migrations()).hasSize(2);
    }

    private static Southward southward(TestDatabase db, Path dir, Class<?>... apps) {
        return Southward.create(db.dataSource()).withMigrationsDirectory(dir).withApps(apps);
    }

    /**
     * blog.Post points at accounts.User, which describes an existing table {@code auth_user} of another owner: the
     * foreign keys are created and checked, the table is never created, altered or dropped, and verify ignores its
     * undeclared column.
     */
    public static void unmanagedTarget(TestDatabase db, Path dir) {
        db.execute(db.sql("CREATE TABLE \"auth_user\" (\"id\" BIGINT NOT NULL PRIMARY KEY, "
                + "\"username\" VARCHAR(150) NOT NULL, \"email\" VARCHAR(200), \"joined\" DATE)"));
        db.execute(db.sql("INSERT INTO \"auth_user\" (\"id\", \"username\") VALUES (1, 'ada')"));
        Southward v1 = southward(db, dir, dev.southward.migrate.workflow.history.unmanaged.v1.AccountsApp.class,
                dev.southward.migrate.workflow.history.unmanaged.v1.BlogApp.class);
        MakeResult first = v1.makeMigrations(MakeRequest.auto());
        assertThat(first.migrations()).extracting(m -> m.key().toString())
                .containsExactly("accounts.0001_initial", "blog.0001_initial");
        assertThat(first.migrations().get(0).content()).contains("\"managed\" : false");
        assertThat(v1.sql("accounts", "0001_initial", false)).isEmpty();
        assertThat(v1.sql("accounts", "0001_initial", true)).isEmpty();
        v1.migrate();
        assertThat(v1.verify().all()).isEmpty();
        db.execute(db.sql("INSERT INTO \"blog_post\" (\"author_id\", \"title\") VALUES (1, 'hello')"));

        Southward v2 = southward(db, dir, dev.southward.migrate.workflow.history.unmanaged.v2.AccountsApp.class,
                dev.southward.migrate.workflow.history.unmanaged.v2.BlogApp.class);
        MakeResult second = v2.makeMigrations(MakeRequest.auto());
        assertThat(second.migrations()).extracting(m -> m.key().toString()).containsExactly(
                "accounts.0002_auto__add_field_user_email", "blog.0002_auto__add_field_post_editor_id");
        assertThat(v2.sql("accounts", "0002_auto__add_field_user_email", false)).isEmpty();
        assertThat(v2.sql("blog", "0002_auto__add_field_post_editor_id", false))
                .anySatisfy(s -> assertThat(s).contains("REFERENCES").containsIgnoringCase("auth_user"));
        v2.migrate();
        assertThat(v2.verify().all()).isEmpty();
        assertThatThrownBy(() -> db.execute(db.sql(
                "INSERT INTO \"blog_post\" (\"author_id\", \"editor_id\", \"title\") VALUES (1, 99, 'x')")))
                .message().asString().containsIgnoringCase("blog_post_editor_id_fk");

        v2.migrate(MigrateRequest.app("blog").target("zero"));
        v2.migrate(MigrateRequest.app("accounts").target("zero"));
        assertThat(v2.verify().all()).isEmpty();
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"auth_user\" WHERE \"username\" = 'ada'"))).isEqualTo(1);
        v2.migrate();
        assertThat(v2.verify().all()).isEmpty();
        db.execute(db.sql("INSERT INTO \"blog_post\" (\"author_id\", \"editor_id\", \"title\") VALUES (1, 1, 'y')"));
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"blog_post\""))).isEqualTo(1);
    }

    /**
     * library.Book gains {@code List<Tag> tags} and {@code Set<Book> related}: two join tables named as Django names
     * them, with their foreign keys and unique pair; removing {@code related} drops its table.
     */
    public static void manyToMany(TestDatabase db, Path dir) {
        Southward v1 = southward(db, dir, dev.southward.migrate.workflow.history.m2m.v1.LibraryApp.class);
        v1.makeMigrations(MakeRequest.auto());
        v1.migrate();
        db.execute(db.sql("INSERT INTO \"library_book\" (\"id\", \"title\") VALUES (1, 'Dune'), (2, 'Emma')"));
        db.execute(db.sql("INSERT INTO \"library_tag\" (\"id\", \"name\") VALUES (1, 'classic')"));

        Southward v2 = southward(db, dir, dev.southward.migrate.workflow.history.m2m.v2.LibraryApp.class);
        MakeResult added = v2.makeMigrations(MakeRequest.auto());
        assertThat(added.migrations()).singleElement().satisfies(m -> assertThat(m.operations())
                .extracting(o -> o.describe("library")).containsExactly(
                        "create join table library_book_related of library.Book.related",
                        "create join table library_book_tags of library.Book.tags"));
        String second = added.migrations().get(0).key().name();
        fillJoinTables(db, v2);
        forwardsBackwardsForwards(v2, "library", "0001", second);
        fillJoinTables(db, v2);

        Southward v3 = southward(db, dir, dev.southward.migrate.workflow.history.m2m.v3.LibraryApp.class);
        MakeResult removed = v3.makeMigrations(MakeRequest.auto());
        assertThat(removed.migrations()).singleElement().satisfies(m -> assertThat(m.operations())
                .extracting(o -> o.describe("library")).containsExactly("delete model library.Book_related"));
        forwardsBackwardsForwards(v3, "library", second.substring(0, 4), removed.migrations().get(0).key().name());
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"library_book_tags\""))).isEqualTo(1);
        v3.migrate(MigrateRequest.app("library").target("zero"));
        assertThat(v3.verify().all()).isEmpty();
        v3.migrate();
        assertThat(v3.verify().all()).isEmpty();
    }

    private static void fillJoinTables(TestDatabase db, Southward s) {
        s.migrate();
        db.execute(db.sql("INSERT INTO \"library_book_tags\" (\"book_id\", \"tag_id\") VALUES (1, 1)"));
        db.execute(db.sql("INSERT INTO \"library_book_related\" (\"from_book_id\", \"to_book_id\") VALUES (1, 2)"));
        assertThatThrownBy(() -> db.execute(db.sql(
                "INSERT INTO \"library_book_tags\" (\"book_id\", \"tag_id\") VALUES (1, 1)")))
                .message().asString().containsIgnoringCase("library_book_tags_book_id_tag_id_uniq");
        assertThatThrownBy(() -> db.execute(db.sql(
                "INSERT INTO \"library_book_tags\" (\"book_id\", \"tag_id\") VALUES (1, 7)")))
                .message().asString().containsIgnoringCase("library_book_tags_tag_id_fk");
        db.execute(db.sql("DELETE FROM \"library_book\" WHERE \"id\" = 2")); // cascades to the join row
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"library_book_related\""))).isZero();
        db.execute(db.sql("INSERT INTO \"library_book\" (\"id\", \"title\") VALUES (2, 'Emma')"));
    }

    /**
     * catalog.Product moves to the new app inventory while shop.Order points at it: inventory's first migration
     * moves it (renaming the table unless {@code keepTable}), catalog's records the move after it, and shop's
     * follows its foreign key. Rows survive, and every app migrates and unmigrates in a valid order.
     */
    public static void moveModel(TestDatabase db, Path dir, boolean keepTable) {
        Southward v1 = southward(db, dir, dev.southward.migrate.workflow.history.move.v1.CatalogApp.class,
                dev.southward.migrate.workflow.history.move.v1.ShopApp.class);
        v1.makeMigrations(MakeRequest.auto());
        v1.migrate();
        db.execute(db.sql("INSERT INTO \"catalog_category\" (\"id\", \"name\") VALUES (1, 'algae')"));
        db.execute(db.sql("INSERT INTO \"catalog_product\" (\"id\", \"category_id\", \"name\") VALUES (1, 1, 'kelp')"));
        db.execute(db.sql("INSERT INTO \"shop_order\" (\"product_id\", \"quantity\") VALUES (1, 3)"));

        Southward v2 = keepTable
                ? southward(db, dir, dev.southward.migrate.workflow.history.move.kept.CatalogApp.class,
                        dev.southward.migrate.workflow.history.move.kept.InventoryApp.class,
                        dev.southward.migrate.workflow.history.move.kept.ShopApp.class)
                : southward(db, dir, dev.southward.migrate.workflow.history.move.v2.CatalogApp.class,
                        dev.southward.migrate.workflow.history.move.v2.InventoryApp.class,
                        dev.southward.migrate.workflow.history.move.v2.ShopApp.class);
        MakeResult made = v2.makeMigrations(MakeRequest.auto()
                .answers(Answers.none().move("catalog.Product", "inventory.Product")));
        MigrationKey move = MigrationKey.parse("inventory.0001_initial");
        MigrationKey moved = MigrationKey.parse("catalog.0002_auto__moved_product_to_inventory");
        MigrationKey follow = MigrationKey.parse("shop.0002_follow_inventory_0001");
        assertThat(made.migrations()).extracting(m -> m.key()).containsExactly(move, moved, follow);
        assertThat(made.migrations().get(0).operations()).extracting(o -> o.describe("inventory"))
                .containsExactly("move model catalog.Product to inventory.Product");
        assertThat(made.migrations().get(2).operations()).isEmpty();
        assertThat(made.migrations().get(1).operations()).extracting(o -> o.describe("catalog"))
                .containsExactly("model catalog.Product moved to inventory.Product");
        MigrationGraph graph = MigrationGraph.of(v2.migrations());
        MigrationKey catalogInitial = MigrationKey.parse("catalog.0001_initial");
        // The move comes after shop's migrations that point at the model, so that their foreign keys follow it.
        assertThat(graph.parents(move)).containsExactlyInAnyOrder(catalogInitial, MigrationKey.parse("shop.0001_initial"));
        assertThat(graph.parents(moved)).containsExactlyInAnyOrder(catalogInitial, move);
        assertThat(graph.parents(follow)).containsExactlyInAnyOrder(MigrationKey.parse("shop.0001_initial"), move);
        List<String> sql = v2.sql("inventory", "0001_initial", false);
        if (keepTable) {
            assertThat(sql).isEmpty();
        } else {
            assertThat(sql).anySatisfy(s -> assertThat(s).containsIgnoringCase("catalog_product").containsIgnoringCase("inventory_product"));
        }
        String table = keepTable ? "catalog_product" : "inventory_product";

        assertThat(v2.migrate().steps()).extracting(s -> s.key()).startsWith(move)
                .containsExactlyInAnyOrder(move, moved, follow);
        assertThat(v2.verify().all()).isEmpty();
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"" + table + "\" WHERE \"name\" = 'kelp'"))).isEqualTo(1);
        assertThatThrownBy(() -> db.execute(db.sql(
                "INSERT INTO \"shop_order\" (\"product_id\", \"quantity\") VALUES (9, 1)")))
                .message().asString().containsIgnoringCase("shop_order_product_id_fk");

        // Unmigrating the new app takes the old app's record and shop's follow-up back first.
        assertThat(v2.migrate(MigrateRequest.app("inventory").target("zero")).steps()).extracting(s -> s.key())
                .endsWith(move).containsExactlyInAnyOrder(move, moved, follow);
        assertThat(v2.verify().all()).isEmpty();
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"catalog_product\" WHERE \"name\" = 'kelp'"))).isEqualTo(1);
        assertThat(v2.migrate().steps()).extracting(s -> s.key()).startsWith(move);
        assertThat(v2.verify().all()).isEmpty();
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"shop_order\" WHERE \"quantity\" = 3"))).isEqualTo(1);

        v2.migrate(MigrateRequest.app("shop").target("zero"));
        v2.migrate(MigrateRequest.app("catalog").target("zero"));
        assertThat(v2.verify().all()).isEmpty();
        v2.migrate();
        assertThat(v2.verify().all()).isEmpty();
        assertThat(v2.makeMigrations(MakeRequest.auto()).migrations()).isEmpty();
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
