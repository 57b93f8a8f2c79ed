package dev.southward.migrate.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.MigrationFailedException;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What the real run refuses before its first statement, as the dry run does, so that nothing changes. */
@ExtendWith(H2Extension.class)
class GuardsIT {
    @TempDir
    Path dir;

    @Test
    void aNotNullColumnWithoutDefaultOnATableWithRowsIsRefusedBeforeTheFirstStatement(TestDatabase db) {
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        MigrationFiles files = new MigrationFiles(dir);
        files.write("dr", "0001_initial", List.of(), new CreateModel("Item", "dr_item", List.of(id), List.of()));
        files.write("dr", "0002_change", List.of("dr.0001_initial"),
                new AddField("Item", FieldState.of("colour", "colour", FieldType.INT).withNullable(true), null),
                new AddField("Item", FieldState.of("weight", "weight", FieldType.INT), null));
        Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
        southward.migrate(MigrateRequest.app("dr").target("0001"));
        db.execute(db.sql("INSERT INTO \"dr_item\" (\"id\") VALUES (1), (2)"));
        assertThatThrownBy(southward::migrate).isInstanceOf(MigrationFailedException.class)
                .hasMessage("Migration dr.0002_change cannot run, operation #2 (add field dr.Item.weight): table "
                        + "dr_item has 2 rows, and column weight is added NOT NULL without a default (give a "
                        + "one-off default). Nothing was changed.");
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE LOWER(TABLE_NAME) = 'dr_item'")))
                .isEqualTo(1);
        assertThat(southward.list().render()).contains("( ) 0002_change");
    }
}
