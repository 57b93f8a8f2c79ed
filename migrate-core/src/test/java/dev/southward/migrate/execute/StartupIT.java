package dev.southward.migrate.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.Southward;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.migration.MigrationWriter;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ProjectState;
import dev.southward.migrate.testing.H2Extension;
import dev.southward.migrate.testing.MigrationFiles;
import dev.southward.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A no-op start-up with 1,000 applied migrations sends exactly one query (acceptance 6; timed in benchmarks). */
@ExtendWith(H2Extension.class)
class StartupIT {
    @TempDir
    Path dir;

    @Test
    void noOpMigrateSendsOneQuery(TestDatabase db) {
        generate(1000, 50);
        Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
        assertThat(southward.migrate().steps()).hasSize(1000);

        db.dataSource().reset();
        assertThat(southward.migrate().nothingToDo()).isTrue();
        assertThat(db.dataSource().statements()).hasSize(1).first().asString().startsWith("SELECT");
    }

    @Test
    void pendingMigrationIsFoundWithTheSameQueryAndAppliedOnce(TestDatabase db) {
        generate(20, 5);
        Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
        southward.migrate();
        new MigrationFiles(dir).write("bench", "0021_more", List.of("bench.0020_add_c18"),
                new AddField("T0", FieldState.of("extra", "extra", FieldType.INT).withNullable(true), null));
        db.dataSource().reset();
        assertThat(southward.migrate().steps()).extracting(d -> d.key().name()).containsExactly("0021_more");
        // the start-up probe (no head matches the files), the full history read, intent (which marks the head
        // stale), the ALTER, applied, the new head (H2 takes no lock, so nothing is re-read under it).
        assertThat(db.dataSource().statements()).hasSize(6);
    }

    /** The benchmark workload: the first migration creates {@code tables} tables, each later one adds a column. */
    private void generate(int count, int tables) {
        MigrationFiles files = new MigrationFiles(dir);
        ProjectState state = ProjectState.empty();
        List<Operation> first = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
            FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true,
                    false, false, null);
            first.add(new CreateModel("T" + t, "bench_t" + t, List.of(id), List.of()));
        }
        MigrationKey previous = write(files, "0001_initial", List.of(), first, state);
        state = apply(first, state);
        for (int i = 2; i <= count; i++) {
            int column = i - 2;
            List<Operation> ops = List.of(new AddField("T" + (column % tables),
                    FieldState.of("c" + column, "c" + column, FieldType.INT).withNullable(true), null));
            String name = String.format("%04d_add_c%d", i, column);
            previous = write(files, name, List.of(previous), ops, state);
            state = apply(ops, state);
        }
    }

    private static ProjectState apply(List<Operation> ops, ProjectState state) {
        for (Operation op : ops) {
            state = op.apply("bench", state);
        }
        return state;
    }

    private static MigrationKey write(MigrationFiles files, String name, List<MigrationKey> deps, List<Operation> ops,
            ProjectState before) {
        return files.writeRaw("bench", name, MigrationWriter.render("bench", deps, ops, apply(ops, before)));
    }
}
