package dev.southward.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.Southward;
import dev.southward.migrate.introspect.LiveSchema;
import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Introspection reads everything in a constant number of queries, and verify lists every difference. */
class MySqlIntrospectorIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void constantQueriesAndEveryDifferenceListed(MySqlServer server) {
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        List<Operation> ops = new ArrayList<>();
        ops.add(new CreateModel("Root", "in_root", List.of(id), List.of()));
        for (int i = 0; i < 60; i++) {
            ops.add(new CreateModel("T" + i, "in_t" + i, List.of(id,
                    new FieldState("name", "name", FieldType.STRING, 40, null, null, false, "x", false, false, true,
                            false, null),
                    FieldState.of("flag", "flag", FieldType.BOOLEAN).withDefault("true"),
                    FieldState.of("root", "root_id", FieldType.LONG).withNullable(true)
                            .withForeignKey(new ForeignKeyRef("in.Root", OnDelete.SET_NULL))),
                    List.of(new IndexState("in_t" + i + "_name_flag_idx", List.of("name", "flag"), false))));
        }
        new MigrationFiles(dir).write("in", "0001_initial", List.of(), ops.toArray(Operation[]::new));
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            TestDatabase t = db.testDatabase();
            Southward southward = Southward.create(t.dataSource()).withMigrationsDirectory(dir);
            southward.migrate();
            assertThat(southward.verify().all()).isEmpty();

            t.dataSource().reset();
            LiveSchema live = t.jdbi().withHandle(h -> new MySqlDialect().introspector().read(h));
            assertThat(live.tables()).hasSize(62);
            assertThat(t.dataSource().statements()).hasSize(3);

            t.execute("ALTER TABLE in_t7 MODIFY COLUMN name VARCHAR(41) NOT NULL DEFAULT 'x'");
            t.execute("ALTER TABLE in_t8 DROP INDEX in_t8_name_uniq");
            t.execute("ALTER TABLE in_t9 ADD COLUMN extra INT");
            t.execute("ALTER TABLE in_t10 ALTER COLUMN flag SET DEFAULT 0");
            assertThat(southward.verify().all()).containsExactly(
                    "in.T10: column 'flag' has default 0, expected 1",
                    "in.T7: column 'name' is varchar(41), expected varchar(40)",
                    "in.T8: index in_t8_name_uniq is missing",
                    "in.T9: table in_t9 has column 'extra' that no field declares",
                    "in: no pending migration explains the differences: the schema was changed outside migrations.");
        }
    }
}
