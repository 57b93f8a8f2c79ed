package dev.southward.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first hour: from an empty folder, the starter {@code pom.xml} exactly as docs/tutorial.md shows it and two
 * model classes, the documented commands make and apply the first migration, on the embedded H2 file and on
 * MariaDB. Runs real {@code mvn} processes against the plugin that invoker:install put into target/it-repo.
 */
class FirstHourIT {
    private static final Path TUTORIAL = Path.of("../docs/tutorial.md");

    @TempDir
    Path project;

    /** Output and exit code of one Maven run. */
    record Run(int exit, String output) {
    }

    /** The {@code xml} block after the starter-pom marker of the tutorial. */
    static String starterPom() throws IOException {
        String doc = Files.readString(TUTORIAL);
        int marker = doc.indexOf("<!-- starter-pom");
        assertThat(marker).as("the starter pom.xml in " + TUTORIAL).isPositive();
        int start = doc.indexOf("```xml\n", marker) + "```xml\n".length();
        return doc.substring(start, doc.indexOf("```", start));
    }

    private void newProject(String orderFields) throws IOException {
        Files.writeString(project.resolve("pom.xml"), starterPom());
        Path src = Files.createDirectories(project.resolve("src/main/java/com/example/shop"));
        Files.writeString(src.resolve("ShopApp.java"), """
                package com.example.shop;

                import dev.southward.migrate.model.App;

                @App(name = "shop", models = {Customer.class, Order.class})
                public final class ShopApp {}
                """);
        Files.writeString(src.resolve("Customer.java"), """
                package com.example.shop;

                import dev.southward.migrate.model.Field;

                public class Customer {
                    @Field(maxLength = 100)
                    String name;
                }
                """);
        writeOrder(orderFields);
        String repo = Path.of(System.getProperty("southward.main.repo")).toUri().toString();
        Files.writeString(project.resolve("settings.xml"), """
                <settings><profiles><profile><id>main-repo</id>
                  <activation><activeByDefault>true</activeByDefault></activation>
                  <repositories><repository><id>main</id><url>%1$s</url></repository></repositories>
                  <pluginRepositories><pluginRepository><id>main</id><url>%1$s</url></pluginRepository>
                  </pluginRepositories>
                </profile></profiles></settings>
                """.formatted(repo));
    }

    private void writeOrder(String fields) throws IOException {
        Files.writeString(project.resolve("src/main/java/com/example/shop/Order.java"), """
                package com.example.shop;

                public class Order {
                    Customer customer;
                %s}
                """.formatted(fields));
    }

    /** One Maven run; without {@code -B} in {@code args}, as in a CI job that forgot it (no terminal either). */
    private Run mvn(String... args) throws Exception {
        String mvn = Path.of(System.getProperty("maven.home"), "bin", "mvn").toString();
        List<String> command = new ArrayList<>(List.of(mvn, "-s", project.resolve("settings.xml").toString(),
                "-Dmaven.repo.local=" + System.getProperty("southward.it.repo")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    private static void succeeded(Run run) {
        assertThat(run.exit()).as(run.output()).isZero();
    }

    @Test
    void firstMigrationOnTheEmbeddedDatabase() throws Exception {
        newProject("    int total;\n");
        succeeded(mvn("-B", "migrate:schemamigration", "-Dapp=shop", "-Dinitial"));
        assertThat(project.resolve("src/main/resources/southward/migrations/shop/0001_initial.json")).isRegularFile();
        Run migrated = mvn("-B", "migrate:migrate", "migrate:list");
        succeeded(migrated);
        assertThat(migrated.output()).contains("applying shop.0001_initial (", "Done: applied 1 migration in ",
                " shop\n  (*) 0001_initial\n");
        assertThat(project.resolve("target/southward")).isDirectory();

        // A NOT NULL field without default needs an answer; without -B and without a terminal nobody can give it.
        writeOrder("    int total;\n    int quantity;\n");
        Run unanswered = mvn("migrate:schemamigration", "-Dapp=shop", "-Dauto");
        assertThat(unanswered.exit()).as(unanswered.output()).isNotZero();
        assertThat(unanswered.output()).contains("No terminal to ask on", "-Ddefaults=app.Model.field=value",
                "defaults shop.Order.quantity=<value>").doesNotContain("Quit", "Please select a choice");
        Run answered = mvn("-B", "migrate:schemamigration", "-Dapp=shop", "-Dauto", "-Ddefaults=shop.Order.quantity=1",
                "migrate:migrate");
        succeeded(answered);
        assertThat(answered.output()).contains("Created src/main/resources/southward/migrations/shop/"
                + "0002_auto__add_field_order_quantity.json", " > shop.0002_auto__add_field_order_quantity (");
    }

    @Test
    void firstMigrationOnMariaDb() throws Exception {
        newProject("    int total;\n");
        succeeded(mvn("-B", "migrate:schemamigration", "-Dapp=shop", "-Dinitial"));
        try (MySqlDatabase db = MySqlDatabase.create(new MySqlServer("mariadb", "jdbc:mysql://127.0.0.1:3306/",
                "root", ""))) {
            Run migrated = mvn("-B", "migrate:migrate", "migrate:list", "-Dsouthward.url=" + db.jdbcUrl(),
                    "-Dsouthward.user=" + db.server().user(), "-Dsouthward.password=" + db.server().password());
            succeeded(migrated);
            assertThat(migrated.output()).contains("Done: applied 1 migration in ", " shop\n  (*) 0001_initial\n");
            assertThat(db.testDatabase().count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                    + db.name() + "' AND table_name IN ('shop_customer', 'shop_order', 'southward_history')"))
                    .isEqualTo(3);
        }
        assertThat(project.resolve("target/southward")).doesNotExist();
    }
}
