package dev.southward.migrate.cli;

import static dev.southward.migrate.cli.CliWorkflowIT.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.cli.testing.Cli;
import dev.southward.migrate.cli.testing.Project;
import dev.southward.migrate.cli.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A migration that stops half-way leaves the database between migrations: exit code 3 until it is reverted; a
 * failure that leaves the database as it was is exit code 1.
 */
class CliBetweenMigrationsIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void betweenMigrationsExitsWithThree(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            Project p = Models.v1(new Project(dir.resolve("app"))).properties("classpath=classes");
            Cli cli = new Cli(p.root()).env("SOUTHWARD_URL", db.url()).env("SOUTHWARD_USER", db.user());
            ok(cli.run("schemamigration", "--auto"));
            ok(cli.run("schemamigration", "images", "--empty", "--name", "broken"));
            Path broken = p.migrations("images").resolve("0002_broken.json");
            // A statement that works, then one that fails: the second operation stops the migration half-way.
            Files.writeString(broken, Files.readString(broken).replaceFirst("\"operations\" : \\[\\s*]",
                    "\"operations\" : [ { \"op\" : \"run_sql\", \"sql\" : [ \"CREATE TABLE cli_probe (id INT)\" ], "
                            + "\"reverseSql\" : [ \"DROP TABLE cli_probe\" ] }, { \"op\" : \"run_sql\", \"sql\" : [ "
                            + "\"INSERT INTO cli_missing VALUES (1)\" ], \"reverseSql\" : [ ] } ]"));

            Cli.Result failed = cli.run("migrate", "--migrations", "src/main/resources/southward/migrations");
            assertThat(failed.code()).as(failed.toString()).isEqualTo(3);
            assertThat(failed.out()).contains(" > images.0001_initial");
            assertThat(failed.err()).contains("images.0002_broken").containsIgnoringCase("cli_missing");
            assertThat(db.tables()).contains("cli_probe");

            Cli.Result list = ok(cli.run("migrate", "--list", "--migrations", "src/main/resources/southward/migrations"));
            assertThat(list.out()).contains("(!) 0002_broken  <- between migrations");

            Cli.Result again = cli.run("migrate", "--migrations", "src/main/resources/southward/migrations");
            assertThat(again.code()).as(again.toString()).isEqualTo(3);
            assertThat(again.err()).contains("--revert").contains("0002_broken");

            Cli.Result unknownRecovery = cli.run("migrate", "--resume", "--assume-done", "--assume-not-done",
                    "--migrations", "src/main/resources/southward/migrations");
            assertThat(unknownRecovery.code()).as(unknownRecovery.toString()).isEqualTo(2);

            ok(cli.run("migrate", "--revert", "--migrations", "src/main/resources/southward/migrations"));
            assertThat(db.tables()).doesNotContain("cli_probe");
            assertThat(ok(cli.run("migrate", "--list", "images", "--migrations",
                    "src/main/resources/southward/migrations")).out()).contains("( ) 0002_broken");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void aFailureThatChangesNothingExitsWithOne(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            Project p = Models.v1(new Project(dir.resolve("app"))).properties("classpath=classes");
            Cli cli = new Cli(p.root()).env("SOUTHWARD_URL", db.url()).env("SOUTHWARD_USER", db.user());
            ok(cli.run("schemamigration", "--auto"));
            Cli.Result unknown = cli.run("sql", "images", "0009", "--migrations",
                    "src/main/resources/southward/migrations");
            assertThat(unknown.code()).as(unknown.toString()).isEqualTo(1);
            assertThat(unknown.err()).startsWith("Error: ").contains("0009");
            assertThat(db.history()).isEmpty();
        }
    }
}
