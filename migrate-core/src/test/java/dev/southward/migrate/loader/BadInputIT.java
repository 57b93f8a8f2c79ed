package dev.southward.migrate.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.MigrationFileException;
import dev.southward.migrate.MigrationGraphException;
import dev.southward.migrate.Southward;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.testing.H2Extension;
import dev.southward.migrate.testing.MigrationFiles;
import dev.southward.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is a clear error naming file, migration and operation, and the database stays unchanged (acceptance 5). */
@ExtendWith(H2Extension.class)
class BadInputIT {
    @TempDir
    Path dir;
    MigrationFiles files;
    TestDatabase db;

    @BeforeEach
    void valid(TestDatabase db) {
        this.db = db;
        files = new MigrationFiles(dir);
        files.write("shop", "0001_initial", List.of(), item("shop_item"));
    }

    @AfterEach
    void databaseUnchanged() {
        assertThat(db.count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"))
                .as("tables created despite bad input").isZero();
    }

    private static CreateModel item(String table) {
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        return new CreateModel("Item", table, List.of(id), List.of());
    }

    private Southward southward() {
        return Southward.create(db.dataSource()).withMigrationsDirectory(dir);
    }

    private String path(String app, String name) {
        return dir.resolve(app).resolve(name + ".json").toString();
    }

    @Test
    void malformedJson() {
        files.writeRaw("shop", "0002_broken", "{\n  \"southward\" : 1,\n  \"operations\" : [ { \"op\" : \"run_sql\",\n");
        assertThatThrownBy(() -> southward().migrate()).isInstanceOf(MigrationFileException.class)
                .hasMessageStartingWith(path("shop", "0002_broken") + ": line 4, column 1: Unexpected end-of-input");
    }

    @Test
    void unknownOperation() {
        files.writeRaw("shop", "0002_typo", """
                {
                  "southward" : 1,
                  "operations" : [ {
                    "op" : "add_feild",
                    "model" : "Item"
                  } ]
                }
                """);
        assertThatThrownBy(() -> southward().migrate()).isInstanceOf(MigrationFileException.class)
                .hasMessage(path("shop", "0002_typo") + ": line 4, column 12: unknown operation 'add_feild' (known: "
                        + "create_model, delete_model, add_field, remove_field, alter_field, rename_field, "
                        + "rename_model, add_index, remove_index, run_sql, run_java, alter_model_options, move_model, "
                        + "model_moved)");
    }

    @Test
    void unknownKeyInAnOperation() {
        files.writeRaw("shop", "0002_typo", """
                {
                  "southward" : 1,
                  "operations" : [ { "op" : "run_sql", "sql" : [ "SELECT 1" ], "reverse" : [ ] } ]
                }
                """);
        assertThatThrownBy(() -> southward().migrate()).isInstanceOf(MigrationFileException.class)
                .hasMessageStartingWith(path("shop", "0002_typo") + ": line 3, column ")
                .hasMessageContaining("Unrecognized field \"reverse\"");
    }

    @Test
    void dependencyCycle() {
        files.writeRaw("a", "0001_initial", "{ \"southward\" : 1, \"dependencies\" : [ \"b.0001_initial\" ] }");
        files.writeRaw("b", "0001_initial", "{ \"southward\" : 1, \"dependencies\" : [ \"a.0001_initial\" ] }");
        assertThatThrownBy(() -> southward().migrate()).isInstanceOf(MigrationGraphException.class)
                .hasMessage("Dependency cycle between migrations: a.0001_initial depends on b.0001_initial depends on "
                        + "a.0001_initial");
    }

    @Test
    void missingDependency() {
        files.writeRaw("shop", "0002_next", "{ \"southward\" : 1, \"dependencies\" : [ \"shop.0001_intial\" ] }");
        assertThatThrownBy(() -> southward().migrate()).isInstanceOf(MigrationGraphException.class)
                .hasMessage("Migration shop.0002_next (" + path("shop", "0002_next") + ") depends on "
                        + "shop.0001_intial, which does not exist");
    }

    @Test
    void duplicateNumber() {
        files.writeRaw("shop", "0002_one", "{ \"southward\" : 1, \"dependencies\" : [ \"shop.0001_initial\" ] }");
        files.writeRaw("shop", "0002_two", "{ \"southward\" : 1, \"dependencies\" : [ \"shop.0001_initial\" ] }");
        assertThatThrownBy(() -> southward().migrate()).isInstanceOf(MigrationGraphException.class)
                .hasMessageStartingWith("Conflicting migrations in app shop: 0002_one and 0002_two are both latest");
    }

    @Test
    void badFileName() {
        files.writeRaw("shop", "2_short", "{ \"southward\" : 1 }");
        assertThatThrownBy(() -> southward().migrate()).isInstanceOf(MigrationFileException.class)
                .hasMessage(path("shop", "2_short") + ": a migration file name must look like 0001_name.json (four "
                        + "digits, or more from 10000 on, then lower-case letters, digits and _)");
    }

    @Test
    void invalidIdentifierFailsBeforeAnyStatementRuns() {
        files.write("shop", "0002_evil", List.of("shop.0001_initial"), new AddField("Item",
                FieldState.of("evil", "x\"; DROP TABLE shop_item; --", FieldType.INT).withNullable(true), null));
        assertThatThrownBy(() -> southward().migrate()).isInstanceOf(MigrationFileException.class)
                .hasMessage("shop.0002_evil, operation #1 (add field shop.Item.evil) in " + path("shop", "0002_evil")
                        + ": Refusing identifier: 'x\"; DROP TABLE shop_item; --' is not a valid identifier (letters, "
                        + "digits and _, not starting with a digit)");
    }

    @Test
    void overLongIdentifier() {
        String longName = "t".repeat(65);
        files.write("other", "0001_initial", List.of(), item(longName));
        assertThatThrownBy(() -> southward().migrate()).isInstanceOf(MigrationFileException.class)
                .hasMessage("other.0001_initial, operation #1 (create model other.Item) in " + path("other",
                        "0001_initial") + ": Refusing identifier: '" + longName + "' is 65 characters long (at most 64)");
    }

    @Test
    void operationThatDoesNotApplyToTheState() {
        files.writeRaw("shop", "0002_ghost_model", """
                {
                  "southward" : 1,
                  "dependencies" : [ "shop.0001_initial" ],
                  "operations" : [ { "op" : "remove_field", "model" : "Nope", "name" : "x" } ]
                }
                """);
        assertThatThrownBy(() -> southward().migrate()).isInstanceOf(MigrationFileException.class)
                .hasMessage("shop.0002_ghost_model, operation #1 (remove field shop.Nope.x) in "
                        + path("shop", "0002_ghost_model") + ": no model shop.Nope in the state at this point");
    }
}
