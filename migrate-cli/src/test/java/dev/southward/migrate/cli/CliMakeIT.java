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

/** {@code schemamigration --update} and {@code datamigration} through the built jar. */
class CliMakeIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void updateUnappliesAndRemakesTheLatestMigration(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            Project p = Models.v1(new Project(dir.resolve("app"))).properties("classpath=classes");
            Cli cli = new Cli(p.root()).env("SOUTHWARD_URL", db.url()).env("SOUTHWARD_USER", db.user());
            ok(cli.run("schemamigration", "--auto"));
            Models.v2(p);
            ok(cli.run("schemamigration", "images", "--auto"));
            ok(cli.run("migrate", "--migrations", "src/main/resources/southward/migrations"));
            assertThat(db.columns("images_image")).contains("width");

            Models.v3(p);
            Cli.Result update = ok(cli.run("schemamigration", "images", "--auto", "--update", "--default",
                    "images.Image.rotation=0"));
            assertThat(update.out()).contains("Unapplying images.0002_auto__add_field_image_width",
                    " < images.0002_auto__add_field_image_width", " + add field images.Image.width",
                    " + add field images.Image.rotation", "Replaced images.0002_auto__add_field_image_width");
            assertThat(p.migrationFiles("images")).containsExactly("0001_initial.json",
                    "0002_auto__add_field_image_width__add_field_image_rotation.json");
            assertThat(db.columns("images_image")).doesNotContain("width");

            ok(cli.run("migrate", "--migrations", "src/main/resources/southward/migrations"));
            assertThat(db.columns("images_image")).contains("width", "rotation");
            assertThat(db.history()).hasSize(3);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void dataMigrationSkeletonCompilesAndRuns(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            Project p = Models.v1(new Project(dir.resolve("app")))
                    .properties("classpath=classes", "migrations=src/main/resources/southward/migrations");
            Cli cli = new Cli(p.root()).env("SOUTHWARD_URL", db.url()).env("SOUTHWARD_USER", db.user());
            Cli.Result none = cli.run("datamigration", "images", "fill_widths");
            assertThat(none.code()).as(none.toString()).isEqualTo(1);
            assertThat(none.err()).contains("southward schemamigration images --initial");

            ok(cli.run("schemamigration", "--auto"));
            Cli.Result data = ok(cli.run("datamigration", "images", "fill_widths"));
            Path source = p.root().resolve("src/main/java/app/migrations/images/FillWidths.java");
            assertThat(source).exists();
            assertThat(Files.readString(source)).contains("package app.migrations.images;",
                    "implements DataMigration");
            assertThat(data.out()).contains("Created src/main/java/app/migrations/images/FillWidths.java");
            assertThat(p.migrationFiles("images")).containsExactly("0001_initial.json", "0002_fill_widths.json");

            p.compile();
            Cli.Result migrated = ok(cli.run("migrate"));
            assertThat(migrated.out()).contains(" > images.0002_fill_widths");
            Cli.Result again = cli.run("datamigration", "images", "fill_widths");
            assertThat(again.code()).as(again.toString()).isEqualTo(1);
            assertThat(again.err()).contains("exists already");
        }
    }
}
