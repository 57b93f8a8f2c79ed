package dev.southward.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.cli.testing.Cli;
import dev.southward.migrate.cli.testing.Project;
import dev.southward.migrate.cli.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * South's workflow through the built jar, as separate processes, on H2 and MariaDB: make migrations (a question
 * answered by a flag and on standard input), list, dry run, migrate all, one app, to a target, backwards, zero.
 */
class CliWorkflowIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void southsWorkflow(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            Project p = Models.v1(new Project(dir.resolve("app")))
                    .properties("classpath=classes:src/main/resources");
            Cli cli = new Cli(p.root()).env("SOUTHWARD_URL", db.url()).env("SOUTHWARD_USER", db.user());

            ok(cli.run("schemamigration", "accounts", "--initial"));
            Cli.Result images = ok(cli.run("schemamigration", "images", "--initial"));
            assertThat(images.out()).contains(" + create model images.Image",
                    "Created src/main/resources/southward/migrations/images/0001_initial.json",
                    "Apply with: southward migrate images");

            Models.v2(p);
            ok(cli.run("schemamigration", "images", "--auto"));
            assertThat(p.migrationFiles("images")).containsExactly("0001_initial.json",
                    "0002_auto__add_field_image_width.json");

            Models.v3(p);
            // Not a terminal and no answer: the question is listed, nothing written, exit 2.
            Cli.Result unanswered = cli.run("schemamigration", "images", "--auto");
            assertThat(unanswered.code()).as(unanswered.toString()).isEqualTo(2);
            assertThat(unanswered.err()).contains("--default images.Image.rotation=<value>");
            assertThat(p.migrationFiles("images")).hasSize(2);
            // Answered by a flag, printed instead of written.
            Cli.Result printed = ok(cli.run("schemamigration", "images", "--auto", "--stdout", "--default",
                    "images.Image.rotation=0"));
            assertThat(printed.out()).startsWith("{").contains("\"op\" : \"add_field\"", "rotation");
            assertThat(printed.err()).contains("Would create");
            assertThat(p.migrationFiles("images")).hasSize(2);
            // Answered on standard input.
            Cli.Result asked = ok(cli.runWithInput("2\n0\n", "schemamigration", "images", "--auto", "--interactive"));
            assertThat(asked.out()).contains(" ? The field images.Image.rotation", " + add field images.Image.rotation");
            assertThat(p.migrationFiles("images")).containsExactly("0001_initial.json",
                    "0002_auto__add_field_image_width.json", "0003_auto__add_field_image_rotation.json");

            assertThat(ok(cli.run("migrate", "--list")).out()).isEqualTo("""
                     accounts
                      ( ) 0001_initial
                     images
                      ( ) 0001_initial
                      ( ) 0002_auto__add_field_image_width
                      ( ) 0003_auto__add_field_image_rotation
                    """);

            Cli.Result accounts = ok(cli.run("migrate", "accounts"));
            assertThat(accounts.out()).contains("Running migrations for accounts:", " > accounts.0001_initial",
                    "Done: applied 1 migration in");
            assertThat(db.tables()).containsExactly("accounts_user");

            // The dry run prints the SQL of the pending migrations and changes nothing.
            TreeSet<String> tables = db.tables();
            List<String> history = db.history();
            Cli.Result dry = ok(cli.run("migrate", "--db-dry-run"));
            assertThat(dry.out()).contains("-- Apply images.0001_initial", "CREATE TABLE",
                    "-- Apply images.0003_auto__add_field_image_rotation");
            assertThat(dry.err()).contains("Dry run: the SQL below is not run", "Dry run passed: 3 migration(s)");
            assertThat(db.tables()).isEqualTo(tables);
            assertThat(db.history()).isEqualTo(history);

            Cli.Result all = ok(cli.run("migrate"));
            assertThat(all.out()).contains("Running migrations for images:",
                    " > images.0003_auto__add_field_image_rotation", "Done: applied 3 migrations in");
            assertThat(db.columns("images_image")).contains("name", "width", "rotation");
            assertThat(ok(cli.run("migrate")).out()).contains("Nothing to migrate: the database is up to date.");

            Cli.Result back = ok(cli.run("migrate", "images", "0001"));
            assertThat(back.out()).contains(" < images.0003_auto__add_field_image_rotation",
                    " < images.0002_auto__add_field_image_width", "Done: unapplied 2 migrations in");
            assertThat(db.columns("images_image")).doesNotContain("width", "rotation");

            assertThat(ok(cli.run("migrate", "images", "zero")).out()).contains(" < images.0001_initial");
            assertThat(db.tables()).containsExactly("accounts_user");

            // The folder layout's launcher, with the URL as a flag.
            Cli.Result launched = ok(new Cli(p.root()).viaLauncher().run("migrate", "images", "0002", "--url",
                    db.url(), "--user", db.user()));
            assertThat(launched.out()).contains(" > images.0002_auto__add_field_image_width");
            assertThat(db.columns("images_image")).contains("width").doesNotContain("rotation");

            ok(cli.run("migrate"));
            assertThat(ok(cli.run("verify")).out()).contains("The live schema matches the migrations (2 apps "
                    + "checked).");
            assertThat(ok(cli.run("migrate", "--list", "images")).out()).isEqualTo("""
                     images
                      (*) 0001_initial
                      (*) 0002_auto__add_field_image_width
                      (*) 0003_auto__add_field_image_rotation
                    """);
            assertThat(ok(cli.run("sql", "images", "0002")).out()).containsIgnoringCase("ALTER TABLE")
                    .containsIgnoringCase("width");
            assertThat(ok(cli.run("sql", "images", "0002", "--backwards")).out()).containsIgnoringCase("DROP")
                    .containsIgnoringCase("width");
            assertThat(db.history()).hasSize(4);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void checksExitWithFour(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            Project p = Models.v1(new Project(dir.resolve("app")));
            Cli cli = new Cli(p.root()).env("SOUTHWARD_URL", db.url()).env("SOUTHWARD_USER", db.user());
            String[] cp = {"--classpath", "classes", "--migrations", "src/main/resources/southward/migrations"};
            ok(cli.run(concat(new String[] {"schemamigration", "--auto"}, cp)));
            assertThat(ok(cli.run(concat(new String[] {"schemamigration", "--check"}, cp))).out())
                    .contains("Models and migrations agree.");
            Models.v2(p);
            Cli.Result check = cli.run(concat(new String[] {"schemamigration", "--check"}, cp));
            assertThat(check.code()).as(check.toString()).isEqualTo(4);
            assertThat(check.err()).contains("images.0002_auto__add_field_image_width is due");
            ok(cli.run(concat(new String[] {"schemamigration", "images", "--auto"}, cp)));

            ok(cli.run(concat(new String[] {"migrate"}, cp)));
            // Unapplied in the history only: the live schema still has the column.
            Cli.Result fake = ok(cli.run(concat(new String[] {"migrate", "images", "0001", "--fake"}, cp)));
            assertThat(fake.out()).contains("(", "faked)", "Faked: unapplied 1 migration");
            Cli.Result verify = cli.run(concat(new String[] {"verify"}, cp));
            assertThat(verify.code()).as(verify.toString()).isEqualTo(4);
            assertThat(verify.err()).contains("The live schema differs from the migrations' state", "width");
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static Cli.Result ok(Cli.Result r) {
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }
}
