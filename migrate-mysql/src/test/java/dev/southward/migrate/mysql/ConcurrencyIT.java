package dev.southward.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.Southward;
import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.testing.MigrationFiles;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Several JVMs migrating one database at once: the lock makes each migration run exactly once. */
class ConcurrencyIT {
    private static final int MIGRATIONS = 20;

    @TempDir
    Path dir;

    private void writeMigrations() {
        MigrationFiles files = new MigrationFiles(dir);
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        files.write("cc", "0001_initial", List.of(), new CreateModel("T", "cc_t", List.of(id), List.of()));
        for (int i = 2; i <= MIGRATIONS; i++) {
            files.write("cc", String.format("%04d_c%d", i, i), List.of(String.format("cc.%04d_%s", i - 1,
                    i == 2 ? "initial" : "c" + (i - 1))), new AddField("T", FieldState.of("c" + i, "c" + i,
                    FieldType.INT).withNullable(true), null));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void fourProcessesApplyEveryMigrationExactlyOnce(MySqlServer server) throws Exception {
        writeMigrations();
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            List<Process> children = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                children.add(ChildMigrator.start(db.jdbcUrl(), server.user(), server.password(), dir, null));
            }
            int applied = 0;
            for (Process child : children) {
                String output = output(child);
                String done = output.substring(output.stripTrailing().lastIndexOf('\n') + 1).strip();
                assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).as(output).isZero();
                assertThat(done).startsWith("DONE ");
                applied += Integer.parseInt(done.substring(5));
            }
            assertThat(applied).isEqualTo(MIGRATIONS);
            Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
            assertThat(southward.list().render()).doesNotContain("( )", "(!)");
            assertThat(southward.verify().all()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void killingTheLockHolderLetsTheNextProceed(MySqlServer server) throws Exception {
        writeMigrations();
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            Process holder = ChildMigrator.start(db.jdbcUrl(), server.user(), server.password(), dir, 0);
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream()));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("AT ")) {
                // the holder logs while it takes the lock
            }
            assertThat(line).isEqualTo("AT 0 cc.0001_initial");
            Process waiter = ChildMigrator.start(db.jdbcUrl(), server.user(), server.password(), dir, null);
            assertThat(waiter.waitFor(2, TimeUnit.SECONDS)).as("waits for the lock").isFalse();
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
            String done = lastLine(waiter);
            assertThat(waiter.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(done).isEqualTo("DONE " + MIGRATIONS);
            assertThat(Southward.create(db.dataSource()).withMigrationsDirectory(dir).verify().all()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void aTimedOutWaitNamesTheHolder(MySqlServer server) throws Exception {
        writeMigrations();
        try (MySqlDatabase db = MySqlDatabase.create(server); java.sql.Connection holder = db.connect();
                java.sql.Statement s = holder.createStatement()) {
            String lock = "southward:" + db.name() + ".southward_history";
            var rs = s.executeQuery("SELECT GET_LOCK('" + lock + "', 0), CONNECTION_ID()");
            rs.next();
            long holderId = rs.getLong(2);
            Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir)
                    .withLockTimeout(java.time.Duration.ofMillis(300)); // a partial second waits a whole one
            org.assertj.core.api.Assertions.assertThatThrownBy(southward::migrate)
                    .hasMessageStartingWith("Timed out after 1 s waiting for the migration lock '" + lock
                            + "' held by connection " + holderId + " (" + server.user() + "@")
                    .hasMessageEndingWith("Another migrate is running; wait for it, or if that process hangs, stop "
                            + "it (the lock goes away with its connection).");
            assertThat(southward.list().render()).contains("( ) 0001_initial");
        }
    }

    private static String output(Process p) throws Exception {
        return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String lastLine(Process p) throws Exception {
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null) {
                last = line;
            }
        }
        return last;
    }
}
