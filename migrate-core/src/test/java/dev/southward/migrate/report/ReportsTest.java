package dev.southward.migrate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.BetweenMigrationsException;
import dev.southward.migrate.MigrateResult;
import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.Status;
import dev.southward.migrate.UnansweredQuestionsException;
import dev.southward.migrate.migration.MigrationKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {
    private static final MigrationKey IMAGES_1 = new MigrationKey("images", "0001_initial");
    private static final MigrationKey IMAGES_2 = new MigrationKey("images", "0002_auto__add_field_image_width");

    @Test
    void listingOfOneAppOrAll() {
        Status status = new Status(List.of(
                new Status.App("accounts", List.of(new Status.Entry(new MigrationKey("accounts", "0001_initial"),
                        Status.State.APPLIED, null))),
                new Status.App("images", List.of(new Status.Entry(IMAGES_1, Status.State.APPLIED, null),
                        new Status.Entry(IMAGES_2, Status.State.PENDING, null)))), List.of());
        assertThat(Reports.listing(status, "images")).isEqualTo("""
                 images
                  (*) 0001_initial
                  ( ) 0002_auto__add_field_image_width
                """);
        assertThat(Reports.listing(status, null)).startsWith(" accounts\n  (*) 0001_initial\n images\n");
        assertThatThrownBy(() -> Reports.listing(status, "photos")).isInstanceOf(SouthwardException.class)
                .hasMessageContaining("App 'photos' has no migrations").hasMessageContaining("[accounts, images]");
        assertThat(Reports.listing(new Status(List.of(), List.of()), null)).isEqualTo("No migrations.\n");
    }

    @Test
    void scriptEndsStatementsButNotComments() {
        assertThat(Reports.script(List.of("-- note", "DROP TABLE x"))).isEqualTo("-- note\nDROP TABLE x;\n");
        assertThat(Reports.script(List.of())).isEqualTo("-- no SQL\n");
    }

    @Test
    void progressLinesAndSummary() {
        List<String> info = new ArrayList<>();
        List<String> verbose = new ArrayList<>();
        ProgressLines p = new ProgressLines(info::add, verbose::add);
        p.started(IMAGES_1, false, 1);
        p.statement(IMAGES_1, 0, "CREATE TABLE x (id INT)");
        p.finished(IMAGES_1, false, 12, false);
        p.started(IMAGES_2, false, 1);
        p.finished(IMAGES_2, false, 3, true);
        assertThat(info).containsExactly("Running migrations for images:", " > images.0001_initial (12 ms)",
                " > images.0002_auto__add_field_image_width (3 ms, faked)");
        assertThat(verbose).containsExactly("    CREATE TABLE x (id INT)");
        assertThat(ProgressLines.summary(new MigrateResult(List.of(new MigrateResult.Done(IMAGES_2, true, 5, false),
                new MigrateResult.Done(IMAGES_1, true, 7, false))))).isEqualTo("Done: unapplied 2 migrations in 12 ms.");
        assertThat(ProgressLines.summary(new MigrateResult(List.of())))
                .isEqualTo("Nothing to migrate: the database is up to date.");
    }

    @Test
    void answersFromText() {
        assertThat(AnswerSpec.entries("a.B.c=1\\,5, ,a.B.d=2")).containsExactly("a.B.c=1,5", "a.B.d=2");
        assertThat(AnswerSpec.parse("images.Image.width=0", null, "images.Image.caption", null, null)).isNotNull();
        assertThatThrownBy(() -> AnswerSpec.parse("width", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'width' is not of the form");
    }

    @Test
    void exitCodes() {
        assertThat(ExitCode.of(new BetweenMigrationsException("stopped"), () -> false))
                .isEqualTo(ExitCode.BETWEEN_MIGRATIONS);
        assertThat(ExitCode.of(new UnansweredQuestionsException(List.of("q")), () -> true)).isEqualTo(ExitCode.USAGE);
        assertThat(ExitCode.of(new SouthwardException("failed half-way"), () -> true))
                .isEqualTo(ExitCode.BETWEEN_MIGRATIONS);
        assertThat(ExitCode.of(new SouthwardException("failed"), () -> false)).isEqualTo(ExitCode.FAILED);
        assertThat(ExitCode.of(new SouthwardException("no connection"), () -> {
            throw new IllegalStateException("cannot connect");
        })).isEqualTo(ExitCode.FAILED);
        assertThat(List.of(ExitCode.values()).stream().map(ExitCode::code)).containsExactly(0, 1, 2, 3, 4);
    }
}
