package dev.southward.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in process: completion, version, and settings that need no database. */
class SouthwardCliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return SouthwardCli.run(args, env, dir, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
    }

    @Test
    void completionScriptNamesTheCommandsAndFlags() {
        assertThat(run(Map.of(), "generate-completion")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("complete", "schemamigration", "--db-dry-run",
                "--mark-applied");
    }

    @Test
    void versionIsPrinted() {
        assertThat(run(Map.of(), "--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("southward ");
    }

    @Test
    void environmentSuppliesTheUrlAndAFlagOverridesIt() {
        // The environment's URL has no driver: proof that it was used; the flag's URL wins over it.
        assertThat(run(Map.of("SOUTHWARD_URL", "jdbc:nosuch:env"), "migrate", "--list")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No JDBC driver accepts the URL jdbc:nosuch:env");
        err.reset();
        assertThat(run(Map.of("SOUTHWARD_URL", "jdbc:nosuch:env"), "migrate", "--list", "--url",
                "jdbc:nosuch:flag")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("jdbc:nosuch:flag").doesNotContain("jdbc:nosuch:env");
    }
}
