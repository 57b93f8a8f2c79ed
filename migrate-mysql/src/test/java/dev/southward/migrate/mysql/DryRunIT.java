package dev.southward.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.DryRunResult;
import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.AddIndex;
import dev.southward.migrate.operation.AlterField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.OnDelete;
import dev.southward.migrate.testing.MigrationFiles;
import dev.southward.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The dry run finds each precondition the live data breaks, says so clearly, and changes nothing. */
class DryRunIT {
    @TempDir
    Path dir;

    record Case(String name, String setUp, Operation op, String problem) {
        @Override
        public String toString() {
            return name;
        }
    }

    static FieldState string(String name, int length, boolean nullable) {
        return new FieldState(name, name, FieldType.STRING, length, null, null, nullable, null, false, false, false,
                false, null);
    }

    static Stream<Arguments> cases() {
        String w = "dr.0002_change, operation #1 (";
        List<Case> cases = List.of(
                new Case("table already present", "CREATE TABLE dr_tag (id INT)", new CreateModel("Tag", "dr_tag",
                        List.of(string("name", 10, false)), List.of()),
                        w + "create model dr.Tag): table dr_tag already exists"),
                new Case("table missing", "DROP TABLE dr_note", new AddField("Note",
                        string("x", 10, true), null), w + "add field dr.Note.x): table dr_note does not exist"),
                new Case("column already present", "ALTER TABLE dr_item ADD COLUMN colour INT",
                        new AddField("Item", string("colour", 10, true), null),
                        w + "add field dr.Item.colour): column dr_item.colour already exists"),
                new Case("column missing", "ALTER TABLE dr_item DROP COLUMN code",
                        new AlterField("Item", string("code", 40, true), null),
                        w + "alter field dr.Item.code): column dr_item.code does not exist"),
                new Case("NOT NULL without default on a table with rows", "",
                        new AddField("Item", FieldState.of("weight", "weight", FieldType.INT), null),
                        w + "add field dr.Item.weight): table dr_item has 3 rows, and column weight is added NOT NULL "
                                + "without a default (give a one-off default)"),
                new Case("unique index over duplicates", "", new AddIndex("Item",
                        new IndexState("dr_item_code_uniq", List.of("code"), true)),
                        w + "add unique index dr_item_code_uniq on dr.Item): a unique index on dr_item (code) cannot "
                                + "be built: 1 value occurs more than once"),
                new Case("column shrunk below its longest value", "", new AlterField("Item", string("code", 3, true),
                        null), w + "alter field dr.Item.code): column dr_item.code shrinks to 3 characters but 2 "
                                + "values are longer"),
                new Case("NULLs in a column made NOT NULL", "", new AlterField("Item", string("code", 20, false),
                        null), w + "alter field dr.Item.code): column dr_item.code becomes NOT NULL but 1 row holds "
                                + "NULL (give a one-off value for it)"),
                new Case("foreign key with orphan rows", "", new AlterField("Item", FieldState.of("note", "note_id",
                        FieldType.LONG).withNullable(true).withForeignKey(new ForeignKeyRef("dr.Note",
                        OnDelete.CASCADE)), null), w + "alter field dr.Item.note): a foreign key from dr_item.note_id "
                                + "to dr_note cannot be added: 1 row points to no row"));
        return dev.southward.migrate.mysql.testing.MySqlServers.servers()
                .flatMap(s -> cases.stream().map(c -> Arguments.of(s, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void preconditionFailsClearlyAndNothingChanges(MySqlServer server, Case c) {
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        MigrationFiles files = new MigrationFiles(dir);
        files.write("dr", "0001_initial", List.of(),
                new CreateModel("Note", "dr_note", List.of(id), List.of()),
                new CreateModel("Item", "dr_item", List.of(id, string("code", 20, true),
                        FieldState.of("note", "note_id", FieldType.LONG).withNullable(true)), List.of()));
        files.write("dr", "0002_change", List.of("dr.0001_initial"), c.op());
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            TestDatabase t = db.testDatabase();
            Southward southward = Southward.create(t.dataSource()).withMigrationsDirectory(dir);
            southward.migrate(MigrateRequest.app("dr").target("0001"));
            t.execute("INSERT INTO dr_note (id) VALUES (1)");
            t.execute("INSERT INTO dr_item (code, note_id) VALUES ('abcd', 1), ('abcd', 7), (NULL, NULL)");
            if (!c.setUp().isEmpty()) {
                t.execute(c.setUp());
            }
            String before = schema(t);
            t.dataSource().reset();

            DryRunResult result = southward.dryRun(MigrateRequest.all());

            assertThat(result.ok()).isFalse();
            assertThat(result.problems()).containsExactly(c.problem());
            assertThat(result.sql()).startsWith("-- Apply dr.0002_change\n");
            assertThat(t.dataSource().statements()).allSatisfy(s -> assertThat(s).matches("(?s)(SELECT|SHOW) .*"));
            assertThat(schema(t)).isEqualTo(before);
            assertThat(southward.list().render()).contains("( ) 0002_change");

            // The real run agrees: it fails too, with the database unchanged (MySQL would have filled a NOT NULL
            // column added without a default with zeros; that is refused before the first statement).
            org.assertj.core.api.Assertions.assertThatThrownBy(southward::migrate)
                    .isInstanceOf(dev.southward.migrate.MigrationFailedException.class)
                    .hasMessageContaining("dr.0002_change");
            assertThat(schema(t)).isEqualTo(before);
            assertThat(southward.list().render()).contains("( ) 0002_change");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void aNotNullColumnWithoutDefaultIsRefusedBeforeTheFirstStatement(MySqlServer server) {
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        MigrationFiles files = new MigrationFiles(dir);
        files.write("dr", "0001_initial", List.of(), new CreateModel("Item", "dr_item", List.of(id), List.of()));
        files.write("dr", "0002_change", List.of("dr.0001_initial"),
                new AddField("Item", FieldState.of("colour", "colour", FieldType.INT).withNullable(true), null),
                new AddField("Item", FieldState.of("weight", "weight", FieldType.INT), null));
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            TestDatabase t = db.testDatabase();
            Southward southward = Southward.create(t.dataSource()).withMigrationsDirectory(dir);
            southward.migrate(MigrateRequest.app("dr").target("0001"));
            t.execute("INSERT INTO dr_item (id) VALUES (1), (2)");
            String before = schema(t);
            org.assertj.core.api.Assertions.assertThatThrownBy(southward::migrate)
                    .hasMessage("Migration dr.0002_change cannot run, operation #2 (add field dr.Item.weight): table "
                            + "dr_item has 2 rows, and column weight is added NOT NULL without a default (give a "
                            + "one-off default). Nothing was changed.");
            assertThat(schema(t)).isEqualTo(before);
            assertThat(southward.list().render()).contains("( ) 0002_change");
        }
    }

    private static String schema(TestDatabase t) {
        return t.jdbi().withHandle(h -> h.createQuery("SELECT GROUP_CONCAT(CONCAT(TABLE_NAME, '.', COLUMN_NAME, ' ', "
                + "COLUMN_TYPE, ' ', IS_NULLABLE) ORDER BY TABLE_NAME, COLUMN_NAME) FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = DATABASE()").mapTo(String.class).one());
    }
}
