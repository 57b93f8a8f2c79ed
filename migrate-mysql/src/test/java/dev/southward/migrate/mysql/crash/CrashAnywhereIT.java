package dev.southward.migrate.mysql.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.BetweenMigrationsException;
import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.StatementOutcome;
import dev.southward.migrate.mysql.crash.Crasher.Crash;
import dev.southward.migrate.mysql.crash.Crasher.Variant;
import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.AddIndex;
import dev.southward.migrate.operation.AlterField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.RunSql;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.testing.MigrationFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crash anywhere: a migration mixing schema and data statements is killed (SIGKILL of its JVM) <em>during</em>
 * each of its statements, with the orphaned statement left to finish or aborted in the server; from each of those
 * states resume and revert are killed during each of their statements in turn; and every state is then
 * recovered. Each time the schema (verify) and the data (a fingerprint of every row) must be exactly those of the
 * migration applied (resume) or not applied (revert): no data statement ran twice, no row was lost. Where the
 * outcome of the killed statement is unknown, recovery must refuse to guess; the test then answers as an operator
 * would after looking at the data.
 */
class CrashAnywhereIT {
    private static final Logger LOG = LoggerFactory.getLogger(CrashAnywhereIT.class);
    private static final int ROWS = 2000;
    private static final List<String> TABLES = List.of("cr_a", "cr_b");

    @TempDir
    Path dir;

    private void writeMigrations() {
        MigrationFiles files = new MigrationFiles(dir);
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        FieldState name = new FieldState("name", "name", FieldType.STRING, 50, null, null, false, null, false, false,
                false, false, null);
        files.write("cr", "0001_initial", List.of(),
                new CreateModel("A", "cr_a", List.of(id, name), List.of()),
                new CreateModel("B", "cr_b", List.of(id, name), List.of()));
        // Schema, data, data, schema, type change: on alternating tables, so none are merged.
        files.write("cr", "0002_mixed", List.of("cr.0001_initial"),
                new AddField("A", FieldState.of("score", "score", FieldType.INT).withNullable(true), null),
                new RunSql(List.of("INSERT INTO cr_b (name) SELECT CONCAT('copy ', name) FROM cr_a"),
                        List.of("DELETE FROM cr_b WHERE name LIKE 'copy %'")),
                new RunSql(List.of("UPDATE cr_a SET score = id * 2"), List.of("UPDATE cr_a SET score = NULL")),
                new AddIndex("B", new IndexState("cr_b_name_idx", List.of("name"), false)),
                new AlterField("A", new FieldState("name", "name", FieldType.STRING, 120, null, null, false, null,
                        false, false, false, false, null), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void everyCrashPointIsRecovered(MySqlServer server) throws Exception {
        writeMigrations();
        try (MySqlDatabase work = MySqlDatabase.create(server); MySqlDatabase base = MySqlDatabase.create(server);
                MySqlDatabase crashed = MySqlDatabase.create(server)) {
            Southward southward = Southward.create(work.dataSource()).withMigrationsDirectory(dir);
            southward.migrate(MigrateRequest.app("cr").target("0001"));
            StringBuilder rows = new StringBuilder("INSERT INTO cr_a (name) VALUES ('a1')");
            for (int i = 2; i <= ROWS; i++) {
                rows.append(", ('a").append(i).append("')");
            }
            work.testDatabase().execute(rows.toString());
            work.testDatabase().execute("INSERT INTO cr_b (name) VALUES ('b1'), ('b2')");
            Snapshots snapshots = new Snapshots(work);
            String before = snapshots.fingerprint(TABLES);
            southward.migrate();
            String after = snapshots.fingerprint(TABLES);
            southward.migrate(MigrateRequest.app("cr").target("0001"));
            assertThat(snapshots.fingerprint(TABLES)).as("the migration's own backwards").isEqualTo(before);
            snapshots.copy(work, base);

            Crasher crasher = new Crasher(work, dir, TABLES, () -> snapshots.fingerprint(TABLES));
            Expected expected = new Expected(southward, snapshots, before, after);
            int points = 0;
            for (int at = 0; ; at++) {
                boolean reached = false;
                for (Variant variant : Variant.values()) {
                    snapshots.copy(base, work);
                    Crash crash = crasher.run("migrate", null, at, variant);
                    if (!crash.happened()) {
                        assertThat(crash.childOutput()).contains("DONE");
                        break;
                    }
                    reached = true;
                    points++;
                    StatementOutcome truth = crash.truth(snapshots.fingerprint(TABLES));
                    snapshots.copy(work, crashed);
                    for (String way : List.of("resume", "revert")) {
                        snapshots.copy(crashed, work);
                        expected.recover(way, truth, "migrate killed in statement " + (at + 1) + ", " + variant);
                        points += crashDuring(way, truth, snapshots, crashed, crasher, expected,
                                "migrate killed in statement " + (at + 1) + " (" + variant + ")");
                    }
                }
                if (!reached) {
                    break;
                }
            }
            String summary = "Crash anywhere on " + server.name() + ": " + points + " crash points covered, every one "
                    + "recovered with no data statement run twice and no row lost; the outcome was unknown and "
                    + "answered after looking at the data " + expected.asked()[0] + " times with 'took effect' and "
                    + expected.asked()[1] + " times with 'no effect'";
            LOG.info(summary);
            System.out.println(summary);
            assertThat(points).isGreaterThanOrEqualTo(30);
            // Both fates of a killed data statement occurred and were each recognised as unknown.
            assertThat(expected.asked()[0]).isPositive();
            assertThat(expected.asked()[1]).isPositive();
        }
    }

    /** Kills {@code way} during each of its statements from the crashed state, then recovers; returns the count. */
    private static int crashDuring(String way, StatementOutcome truth, Snapshots snapshots, MySqlDatabase crashed,
            Crasher crasher, Expected expected, String context) throws Exception {
        int points = 0;
        for (int at = 0; ; at++) {
            snapshots.copy(crashed, snapshots.work());
            Variant variant = Variant.values()[at % 2];
            Crash crash = crasher.run(way, truth, at, variant);
            if (!crash.happened()) {
                assertThat(crash.childOutput()).as(context + ", then " + way).contains("DONE");
                expected.check(way, context + ", then " + way + " to the end");
                return points;
            }
            points++;
            StatementOutcome again = crash.truth(snapshots.fingerprint(TABLES));
            expected.recover(way, again, context + ", then " + way + " killed in its statement " + (at + 1) + " ("
                    + variant + ")");
        }
    }

    /** The recovery of a crashed state and what it must end in. */
    private record Expected(Southward southward, Snapshots snapshots, String before, String after, int[] asked) {
        Expected(Southward southward, Snapshots snapshots, String before, String after) {
            this(southward, snapshots, before, after, new int[2]);
        }

        void recover(String way, StatementOutcome truth, String context) {
            try {
                run(way, null);
            } catch (BetweenMigrationsException e) {
                // Recovery may refuse only when it cannot know: then it must say so, and the operator answers.
                assertThat(e.getMessage()).as(context).contains("may or may not have taken effect");
                asked[truth.ordinal()]++;
                run(way, truth);
            }
            check(way, context);
        }

        private void run(String way, StatementOutcome outcome) {
            if (way.equals("resume")) {
                southward.resume(outcome);
            } else {
                southward.revert(outcome);
            }
        }

        void check(String way, String context) {
            boolean applied = way.equals("resume");
            assertThat(southward.list().render()).as(context).contains((applied ? "(*)" : "( )") + " 0002_mixed");
            assertThat(southward.verify().all()).as(context).isEmpty();
            assertThat(snapshots.fingerprint(TABLES)).as(context + ": the data").isEqualTo(applied ? after : before);
        }
    }
}
