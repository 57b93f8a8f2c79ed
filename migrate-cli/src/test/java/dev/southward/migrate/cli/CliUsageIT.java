package dev.southward.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.cli.testing.Cli;
import dev.southward.migrate.cli.testing.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each usage error of the built jar exits with 2, says what is wrong on standard error, and touches nothing. */
class CliUsageIT {
    @TempDir
    Path dir;

    static Stream<Arguments> usageErrors() {
        String h2 = "--url=jdbc:h2:mem:usage";
        return Stream.of(
                Arguments.of(new String[] {}, "Missing command"),
                Arguments.of(new String[] {"migrat"}, "Unmatched argument"),
                Arguments.of(new String[] {"migrate", "--bogus", h2}, "Unknown option: '--bogus'"),
                Arguments.of(new String[] {"migrate"}, "No database: give --url"),
                Arguments.of(new String[] {"migrate", h2}, "No migrations to read: give --classpath"),
                Arguments.of(new String[] {"migrate", "images", "0002", "zero", h2}, "Unmatched argument"),
                Arguments.of(new String[] {"migrate", "--force", h2}, "--force goes with --mark-applied only"),
                Arguments.of(new String[] {"migrate", "--assume-done", h2}, "go with --resume or --revert"),
                Arguments.of(new String[] {"migrate", "--resume", "--revert", h2}, "Choose one of --resume"),
                Arguments.of(new String[] {"migrate", "--resume", "--assume-done", "--assume-not-done", h2},
                        "Choose one of --assume-done and --assume-not-done"),
                Arguments.of(new String[] {"migrate", "--list", "--fake", h2}, "--list only lists"),
                Arguments.of(new String[] {"migrate", "--dry-run-output", "x.sql", h2}, "goes with --db-dry-run"),
                Arguments.of(new String[] {"migrate", "--lock-timeout", "soon", h2}, "--lock-timeout soon"),
                Arguments.of(new String[] {"migrate", "--classpath", "missing.jar", h2}, "missing.jar does not exist"),
                Arguments.of(new String[] {"migrate", "--password-env", "SW_NOT_SET", h2}, "SW_NOT_SET is not set"),
                Arguments.of(new String[] {"migrate", "--url", "jdbc:nosuch:x"}, "No JDBC driver accepts"),
                Arguments.of(new String[] {"sql", "images", h2}, "Missing required parameter: 'MIGRATION'"),
                Arguments.of(new String[] {"schemamigration", "images", "--classpath", "classes"}, "Say what to make"),
                Arguments.of(new String[] {"schemamigration", "images", "--auto", "--initial"}, "Choose one of"),
                Arguments.of(new String[] {"schemamigration", "--initial", "--classpath", "classes"}, "Name the app"),
                Arguments.of(new String[] {"schemamigration", "--check", "--stdout"}, "--check writes nothing"),
                Arguments.of(new String[] {"schemamigration", "images", "--auto", "--default", "width",
                    "--classpath", "classes"}, "'width' is not of the form app.Model.field=value"),
                Arguments.of(new String[] {"schemamigration", "--auto"}, "No @App classes found"),
                Arguments.of(new String[] {"datamigration", "images"}, "Missing required parameter: 'NAME'"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void exitsWithTwo(String[] args, String message) throws Exception {
        Project p = Models.v1(new Project(dir.resolve("app")));
        Cli.Result r = new Cli(p.root()).run(args);
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).as(r.toString()).contains(message);
        assertThat(r.out()).as(r.toString()).isEmpty();
        assertThat(p.migrationFiles("images")).isEmpty();
    }

    @Test
    void aPasswordInTheSettingsFileIsRefused() throws Exception {
        Project p = new Project(dir.resolve("app")).properties("url=jdbc:h2:mem:x", "password=secret");
        Cli.Result r = new Cli(p.root()).run("migrate", "--list");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("a password does not belong in a file").doesNotContain("secret");
    }

    @Test
    void anUnknownSettingIsNamed() throws Exception {
        Project p = new Project(dir.resolve("app")).properties("southward.url=jdbc:h2:mem:x", "urll=oops");
        Cli.Result r = new Cli(p.root()).run("migrate", "--list");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("southward.properties: unknown setting 'urll'");
    }

    @Test
    void aWrongPasswordFailsWithoutShowingIt() throws Exception {
        Files.createDirectories(dir);
        Cli.Result r = new Cli(dir).env("SW_PW", "not-the-password").run("migrate", "--list", "--url",
                "jdbc:mysql://127.0.0.1:3306/mysql?password=also-secret", "--user", "root", "--password-env", "SW_PW", "--migrations", ".");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("Database error: Cannot connect to jdbc:mysql://127.0.0.1:3306/mysql?password=***",
                "Access denied").doesNotContain("not-the-password", "also-secret");
    }

    @Test
    void helpExitsWithZero() throws Exception {
        Files.createDirectories(dir);
        Cli.Result r = new Cli(dir).run("migrate", "--help");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Usage: southward migrate").contains("--db-dry-run", "--mark-applied");
        // The process prints exactly what docs/cli.md is checked against (CliDocsTest).
        assertThat(r.out()).isEqualTo(SouthwardCli.commandLine().getSubcommands().get("migrate")
                .getUsageMessage(picocli.CommandLine.Help.Ansi.OFF));
    }
}
