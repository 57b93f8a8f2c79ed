package dev.southward.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.AlterField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.testing.MigrationFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A migration left between migrations, seen and repaired through Maven, on MySQL 8.0.31 and MariaDB: the report,
 * the list mark, and each recovery action. Runs real {@code mvn} processes against the plugin that invoker:install
 * put into target/it-repo.
 */
class BetweenMigrationsPluginIT {
    @TempDir
    Path project;

    /** Output and exit code of one Maven run. */
    record Run(int exit, String output) {
    }

    private void prepareProject() throws IOException {
        Files.copy(Path.of(System.getProperty("southward.it.project"), "pom.xml"), project.resolve("pom.xml"));
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        MigrationFiles files = new MigrationFiles(project.resolve("src/main/resources/southward/migrations"));
        files.write("shop", "0001_initial", List.of(),
                new CreateModel("Source", "shop_source", List.of(id), List.of()),
                new CreateModel("Image", "shop_image", List.of(id, FieldState.of("width", "width", FieldType.INT)
                        .withNullable(true)), List.of()));
        // Two tables, two statements: the second fails while a width is NULL.
        files.write("shop", "0002_change", List.of("shop.0001_initial"),
                new AddField("Source", FieldState.of("region", "region", FieldType.STRING).withNullable(true), null),
                new AlterField("Image", FieldState.of("width", "width", FieldType.INT), null));
        Path settings = project.resolve("settings.xml");
        String repo = Path.of(System.getProperty("southward.main.repo")).toUri().toString();
        Files.writeString(settings, """
                <settings><profiles><profile><id>main-repo</id>
                  <activation><activeByDefault>true</activeByDefault></activation>
                  <repositories><repository><id>main</id><url>%1$s</url></repository></repositories>
                  <pluginRepositories><pluginRepository><id>main</id><url>%1$s</url></pluginRepository>
                  </pluginRepositories>
                </profile></profiles></settings>
                """.formatted(repo));
    }

    private Run mvn(MySqlDatabase db, String... args) throws Exception {
        String mvn = Path.of(System.getProperty("maven.home"), "bin", "mvn").toString();
        List<String> command = new ArrayList<>(List.of(mvn, "-B", "-s", project.resolve("settings.xml").toString(),
                "-Dmaven.repo.local=" + System.getProperty("southward.it.repo"), "-Dsouthward.url=" + db.jdbcUrl(),
                "-Dsouthward.user=" + db.server().user(), "-Dsouthward.password=" + db.server().password()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        // Many short Maven runs: the quick-start compiler and the serial collector halve their CPU.
        builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    static Stream<MySqlServer> servers() {
        return dev.southward.migrate.mysql.testing.MySqlServers.servers();
    }

    private void breakHalfWay(MySqlDatabase db) throws Exception {
        assertThat(mvn(db, "migrate:migrate", "-Dapp=shop", "-Dtarget=0001").exit()).isZero();
        db.testDatabase().execute("INSERT INTO shop_image (width) VALUES (640), (NULL)");
        Run failed = mvn(db, "migrate:migrate");
        assertThat(failed.exit()).isNotZero();
        assertThat(failed.output()).contains("Migration shop.0002_change failed while applying, at statement 2 of 2, "
                + "operation #2 (alter field shop.Image.width):", "Statements 1..1 ran and are recorded: the "
                + "database is between migrations.");
        assertThat(mvn(db, "migrate:list").output()).contains("(!) 0002_change  <- between migrations: 1 of 2 "
                + "statements applied");
        Run refused = mvn(db, "migrate:migrate");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.output()).contains("The database is between migrations; nothing else runs until this is "
                + "resolved.", "1. [done   ] ALTER TABLE `shop_source` ADD COLUMN `region`",
                "2. [FAILED ] ALTER TABLE `shop_image` MODIFY COLUMN `width` INT NOT NULL",
                "Verified against the live schema: statements 1..1 took effect, the rest did not.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void revertThenResume(MySqlServer server) throws Exception {
        prepareProject();
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            breakHalfWay(db);
            Run reverted = mvn(db, "migrate:migrate", "-Drevert");
            assertThat(reverted.exit()).as(reverted.output()).isZero();
            assertThat(mvn(db, "migrate:list").output()).contains("( ) 0002_change");
            assertThat(mvn(db, "migrate:verify").exit()).isZero();

            assertThat(mvn(db, "migrate:migrate").exit()).isNotZero();
            db.testDatabase().execute("UPDATE shop_image SET width = 0 WHERE width IS NULL");
            Run resumed = mvn(db, "migrate:migrate", "-Dresume");
            assertThat(resumed.exit()).as(resumed.output()).isZero();
            assertThat(mvn(db, "migrate:list").output()).contains("(*) 0002_change");
            assertThat(mvn(db, "migrate:verify").exit()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void markAppliedRefusesUntilFixedOrForced(MySqlServer server) throws Exception {
        prepareProject();
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            breakHalfWay(db);
            Run refused = mvn(db, "migrate:migrate", "-Dmark-applied");
            assertThat(refused.exit()).isNotZero();
            assertThat(refused.output()).contains("Refusing to mark shop.0002_change applied: the live schema differs "
                    + "from its state after it:", "shop.Image: column 'width' is NULL, expected NOT NULL");
            db.testDatabase().execute("UPDATE shop_image SET width = 0 WHERE width IS NULL");
            db.testDatabase().execute("ALTER TABLE shop_image MODIFY COLUMN width INT NOT NULL");
            Run marked = mvn(db, "migrate:migrate", "-Dmark-applied");
            assertThat(marked.exit()).as(marked.output()).isZero();
            assertThat(mvn(db, "migrate:list").output()).contains("(*) 0002_change");
            assertThat(mvn(db, "migrate:verify").exit()).isZero();
        }
    }
}
