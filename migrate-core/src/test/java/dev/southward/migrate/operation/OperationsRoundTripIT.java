package dev.southward.migrate.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.OnDelete;
import dev.southward.migrate.testing.H2Extension;
import dev.southward.migrate.testing.MigrationFiles;
import dev.southward.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation type goes forwards, backwards and forwards again on H2; after each step the live schema equals
 * the state and the data in untouched columns is intact (acceptance 2).
 */
@ExtendWith(H2Extension.class)
public class OperationsRoundTripIT {
    @TempDir
    protected Path dir;

    /**
     * One operation scenario.
     *
     * @param name       shown as the test name
     * @param tableAfter the books table after forwards
     * @param ops        the operations of migration 0002
     */
    public record Case(String name, String tableAfter, List<Operation> ops) {
        @Override
        public String toString() {
            return name;
        }
    }

    static FieldState id() {
        return new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false, false,
                null);
    }

    static FieldState string(String name, int length) {
        return new FieldState(name, name, FieldType.STRING, length, null, null, false, null, false, false, false,
                false, null);
    }

    static FieldState nullableInt(String name) {
        return FieldState.of(name, name, FieldType.INT).withNullable(true);
    }

    static FieldState authorFk() {
        return new FieldState("author", "author_id", FieldType.LONG, null, null, null, true, null, false, false,
                false, false, new ForeignKeyRef("lib.Author", OnDelete.SET_NULL));
    }

    public static Stream<Case> cases() {
        FieldState pages = nullableInt("pages");
        return Stream.of(
                new Case("create model", "lib_book", List.of(new CreateModel("Shelf", "lib_shelf", List.of(id(),
                        string("label", 20), FieldState.of("book", "book_id", FieldType.LONG).withNullable(true)
                                .withForeignKey(new ForeignKeyRef("lib.Book", OnDelete.CASCADE))),
                        List.of(new IndexState("lib_shelf_label_book_idx", List.of("label", "book"), false))))),
                new Case("delete model", "lib_book", List.of(new RemoveField("Book", "author", null, false),
                        new DeleteModel("Author"))),
                new Case("add nullable field", "lib_book", List.of(new AddField("Book", nullableInt("year"), null))),
                new Case("add NOT NULL field with one-off default", "lib_book", List.of(new AddField("Book",
                        FieldState.of("stock", "stock", FieldType.INT), "3"))),
                new Case("add field with permanent default, unique and index", "lib_book", List.of(
                        new AddField("Book", string("isbn", 20).withNullable(true).withUnique(true), null),
                        new AddField("Book", FieldState.of("lang", "lang", FieldType.STRING).withDefault("en")
                                .withIndexed(true), null))),
                new Case("add foreign key field", "lib_book", List.of(new AddField("Book",
                        FieldState.of("editor", "editor_id", FieldType.LONG).withNullable(true)
                                .withForeignKey(new ForeignKeyRef("lib.Author", OnDelete.RESTRICT)), null))),
                new Case("remove field with backwards default", "lib_book", List.of(
                        new RemoveIndex("Book", "lib_book_title_pages_idx"), new RemoveField("Book", "pages", "0",
                                false))),
                new Case("remove foreign key field", "lib_book", List.of(new RemoveField("Book", "author", null,
                        false))),
                new Case("alter field: length, NOT NULL with fill, default", "lib_book", List.of(
                        new AlterField("Book", string("title", 300), null),
                        new AlterField("Book", FieldState.of("pages", "pages", FieldType.INT), "0"),
                        new AlterField("Book", FieldState.of("pages", "pages", FieldType.INT).withDefault("1"), null))),
                new Case("alter field: type int to long", "lib_book", List.of(new AlterField("Book",
                        FieldState.of("pages", "pages", FieldType.LONG).withNullable(true), null))),
                new Case("alter field: unique and index on", "lib_book", List.of(new AlterField("Book",
                        string("title", 200).withUnique(true).withIndexed(true), null))),
                new Case("alter field: foreign key on delete", "lib_book", List.of(new AlterField("Book",
                        authorFk().withForeignKey(new ForeignKeyRef("lib.Author", OnDelete.CASCADE)), null))),
                new Case("rename field", "lib_book", List.of(new RenameField("Book", "pages", "pageCount",
                        "page_count"), new RenameField("Book", "author", "writer", "writer_id"))),
                new Case("rename model", "lib_volume", List.of(new RenameModel("Book", "Volume", "lib_volume"))),
                new Case("rename referenced model", "lib_book", List.of(new RenameModel("Author", "Writer",
                        "lib_writer"))),
                new Case("add and remove composite and unique-together indexes", "lib_book", List.of(
                        new RemoveIndex("Book", "lib_book_title_pages_idx"),
                        new AddIndex("Book", new IndexState("lib_book_title_author_uniq", List.of("title", "author"),
                                true)))),
                new Case("index led by a foreign key column, table rebuilt after it", "lib_book", List.of(
                        new AddIndex("Book", new IndexState("lib_book_author_title_idx", List.of("author", "title"),
                                false)), new AddField("Book", nullableInt("year"), null))),
                new Case("run SQL", "lib_book", List.of(new RunSql(
                        List.of("CREATE TABLE lib_audit (n INT)", "INSERT INTO lib_audit VALUES (1)"),
                        List.of("DROP TABLE lib_audit")))),
                new Case("run Java data migration", "lib_book", List.of(new RunJava(CountPages.class.getName(),
                        null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void forwardsBackwardsForwards(Case c, TestDatabase db) {
        roundTrip(c, db, dir);
    }

    /** The scenario on any database: also run by the MySQL module against MySQL 8 and MariaDB. */
    public static void roundTrip(Case c, TestDatabase db, Path dir) {
        MigrationFiles files = new MigrationFiles(dir);
        files.write("lib", "0001_initial", List.of(),
                new CreateModel("Author", "lib_author", List.of(id(), string("name", 100)), List.of()),
                new CreateModel("Book", "lib_book", List.of(id(), string("title", 200), pages(), authorFk()),
                        List.of(new IndexState("lib_book_title_pages_idx", List.of("title", "pages"), false))));
        files.write("lib", "0002_change", List.of("lib.0001_initial"), c.ops().toArray(Operation[]::new));
        Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);

        southward.migrate(MigrateRequest.app("lib").target("0001"));
        db.execute(db.sql("INSERT INTO \"lib_author\" (\"name\") VALUES ('Austen'), ('Herbert')"));
        db.execute(db.sql("INSERT INTO \"lib_book\" (\"title\", \"pages\", \"author_id\") VALUES ('Emma', 474, 1), "
                + "('Dune', 412, 2)"));
        assertThat(southward.verify().all()).isEmpty();

        southward.migrate();
        assertThat(southward.verify().all()).as("after forwards").isEmpty();
        assertThat(titles(db, c.tableAfter())).containsExactly("Emma", "Dune");

        southward.migrate(MigrateRequest.app("lib").target("0001"));
        assertThat(southward.verify().all()).as("after backwards").isEmpty();
        assertThat(titles(db, "lib_book")).containsExactly("Emma", "Dune");
        if (c.ops().stream().noneMatch(o -> o instanceof RemoveField r && r.name().equals("pages"))) {
            assertThat(db.count(db.sql("SELECT SUM(\"pages\") FROM \"lib_book\""))).isEqualTo(474 + 412);
        }

        southward.migrate();
        assertThat(southward.verify().all()).as("after forwards again").isEmpty();
        assertThat(titles(db, c.tableAfter())).containsExactly("Emma", "Dune");
    }

    private static FieldState pages() {
        return nullableInt("pages");
    }

    private static List<String> titles(TestDatabase db, String table) {
        return db.jdbi().withHandle(h -> h.createQuery(db.sql("SELECT \"title\" FROM \"" + table
                + "\" ORDER BY \"id\"")).mapTo(String.class).list());
    }
}
