package dev.southward.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.BetweenMigrationsException;
import dev.southward.migrate.MigrationFailedException;
import dev.southward.migrate.Southward;
import dev.southward.migrate.execute.MigrationListener;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.mysql.testing.MySqlServers;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.AddIndex;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.testing.MigrationFiles;
import dev.southward.migrate.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix of a four-statement migration: a failure after each statement k, by a failing statement, by
 * the connection killed from another session, and by the JVM killed with SIGKILL. Every time the next run reports
 * the database between migrations at statement k, and both resume and revert end with the live schema equal to
 * the state after or before the migration, with every row intact.
 */
class FaultMatrixIT {
    enum Fault { FAILING_STATEMENT, KILL_CONNECTION, SIGKILL_JVM }

    enum Way { RESUME, REVERT }

    @TempDir
    Path dir;

    static Stream<Arguments> matrix() {
        return MySqlServers.servers().flatMap(s -> Stream.of(Fault.values()).flatMap(f -> Stream.of(1, 2, 3)
                .flatMap(k -> Stream.of(Way.values()).map(w -> Arguments.of(s, f, k, w)))));
    }

    private void writeMigrations() {
        MigrationFiles files = new MigrationFiles(dir);
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        FieldState text = new FieldState("name", "name", FieldType.STRING, 50, null, null, false, null, false, false,
                false, false, null);
        files.write("fm", "0001_initial", List.of(),
                new CreateModel("A", "fm_a", List.of(id, text), List.of()),
                new CreateModel("B", "fm_b", List.of(id, text.withName("title", "title")), List.of()));
        // Four statements on alternating tables, so none are merged.
        files.write("fm", "0002_change", List.of("fm.0001_initial"),
                new AddField("A", FieldState.of("x", "x", FieldType.INT).withNullable(true), null),
                new AddField("B", FieldState.of("y", "y", FieldType.INT).withNullable(true), null),
                new AddIndex("A", new IndexState("fm_a_name_idx", List.of("name"), false)),
                new AddIndex("B", new IndexState("fm_b_title_uniq", List.of("title"), true)));
    }

    @ParameterizedTest(name = "{0}: {1} after statement {2}, then {3}")
    @MethodSource("matrix")
    void betweenMigrations(MySqlServer server, Fault fault, int k, Way way) throws Exception {
        writeMigrations();
        try (MySqlDatabase mysql = MySqlDatabase.create(server)) {
            TestDatabase db = mysql.testDatabase();
            Southward southward = Southward.create(mysql.dataSource()).withMigrationsDirectory(dir);
            southward.migrate(dev.southward.migrate.MigrateRequest.app("fm").target("0001"));
            db.execute("INSERT INTO fm_a (name) VALUES ('a1'), ('a2')");
            db.execute("INSERT INTO fm_b (title) VALUES ('b1'), ('b2')");

            inject(fault, k, server, mysql, southward);

            assertThatThrownBy(southward::migrate).isInstanceOf(BetweenMigrationsException.class)
                    .hasMessageContaining("Migration fm.0002_change stopped while applying: " + k + " of 4 statements "
                            + (fault == Fault.FAILING_STATEMENT && k < 3 ? "are recorded as done (read from the journal)"
                                    : "are done (verified against the live schema)"));
            if (fault != Fault.FAILING_STATEMENT || k == 3) {
                // A blocker made by hand (k = 1, 2) is itself a difference until it is fixed.
                // A killed connection may have lost the answer to a completed statement: it is journaled as running,
                // and the schema settles it.
                assertThatThrownBy(southward::migrate).hasMessageContaining(fault == Fault.KILL_CONNECTION
                        ? "Verified against the live schema: statement " + (k + 1) + " had started but did not take "
                                + "effect; statements 1.." + k + " did."
                        : "Verified against the live schema: statements 1.." + k + " took effect, the rest did not.");
            }
            assertThat(southward.list().render()).contains("(!) 0002_change  <- between migrations: " + k
                    + " of 4 statements applied");
            if (fault == Fault.FAILING_STATEMENT) {
                fix(db, k);
            }
            if (way == Way.RESUME) {
                southward.resume();
                assertThat(southward.list().render()).contains("(*) 0002_change");
            } else {
                southward.revert();
                assertThat(southward.list().render()).contains("( ) 0002_change");
            }
            assertThat(southward.verify().all()).isEmpty();
            assertThat(column(db, "SELECT name FROM fm_a ORDER BY id")).containsExactly("a1", "a2");
            assertThat(column(db, "SELECT title FROM fm_b ORDER BY id")).containsExactly("b1", "b2");
            if (way == Way.REVERT) {
                assertThat(southward.migrate().steps()).hasSize(1);
                assertThat(southward.verify().all()).isEmpty();
            }
        }
    }

    private void inject(Fault fault, int k, MySqlServer server, MySqlDatabase mysql, Southward southward)
            throws Exception {
        TestDatabase db = mysql.testDatabase();
        switch (fault) {
            case FAILING_STATEMENT -> {
                block(db, k);
                assertThatThrownBy(southward::migrate).isInstanceOf(MigrationFailedException.class)
                        .hasMessageContaining("at statement " + (k + 1) + " of 4");
            }
            case KILL_CONNECTION -> assertThatThrownBy(() -> southward.withListener(new MigrationListener() {
                @Override
                public void statement(MigrationKey key, int index, String sql) {
                    if (index == k) {
                        killLockHolder(mysql);
                    }
                }
            }).migrate()).isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("at statement " + (k + 1) + " of 4");
            case SIGKILL_JVM -> {
                Process child = ChildMigrator.start(mysql.jdbcUrl(), server.user(), server.password(), dir, k);
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
                    String line;
                    while ((line = out.readLine()) != null && !line.startsWith("AT ")) {
                        // skip the child's log lines
                    }
                    assertThat(line).isEqualTo("AT " + k + " fm.0002_change");
                    child.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally block runs
                    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                }
            }
        }
    }

    /** Makes statement k+1 fail. */
    private static void block(TestDatabase db, int k) {
        switch (k) {
            case 1 -> db.execute("ALTER TABLE fm_b ADD COLUMN y INT");
            case 2 -> db.execute("CREATE INDEX fm_a_name_idx ON fm_a (name)");
            default -> db.execute("INSERT INTO fm_b (title) VALUES ('b1')");
        }
    }

    /** Removes the cause of the failure, as a user would. */
    private static void fix(TestDatabase db, int k) {
        switch (k) {
            case 1 -> db.execute("ALTER TABLE fm_b DROP COLUMN y");
            case 2 -> db.execute("DROP INDEX fm_a_name_idx ON fm_a");
            default -> db.execute("DELETE FROM fm_b WHERE id = 3");
        }
    }

    /** KILLs, from another session, the connection that holds the migration lock: the one running the DDL. */
    private static void killLockHolder(MySqlDatabase mysql) {
        try (Connection c = mysql.connect(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT IS_USED_LOCK(CONCAT('southward:', DATABASE(), '.southward_history'))");
            rs.next();
            long id = rs.getLong(1);
            s.execute("KILL " + id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> column(TestDatabase db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }
}
