package dev.southward.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.southward.migrate.MigrateResult;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.questioner.Answer;
import dev.southward.migrate.questioner.AnswersThenConsole;
import dev.southward.migrate.questioner.Console;
import dev.southward.migrate.questioner.NonInteractiveQuestioner;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.writer.DataMigrationSkeleton;
import java.io.File;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The plugin's option parsing and formatting, without Maven (the goals themselves are tested in src/it). */
class HelpersTest {
    private static final FieldState WIDTH = FieldState.of("width", "width", FieldType.INT);

    @Test
    void answerPropertiesMapOntoAnswers() throws Exception {
        var answers = AnswerOptions.parse("images.Image.width=0, images.Image.caption=a\\,b=c",
                "images.Image.name=title", "images.Image.notes", "images.Image.legacy", "images.Image.size");
        var q = new NonInteractiveQuestioner(answers);
        assertThat(q.addNotNull("images.Image.width", WIDTH)).isEqualTo(new Answer.Value("0"));
        assertThat(q.addNotNull("images.Image.caption", FieldState.of("caption", "caption", FieldType.TEXT)))
                .isEqualTo(new Answer.Value("a,b=c"));
        assertThat(q.renameField("images.Image.name", "images.Image.title", WIDTH)).isTrue();
        assertThat(q.renameField("images.Image.notes", "images.Image.remarks", WIDTH)).isFalse();
        assertThat(q.removeNotNull("images.Image.legacy", WIDTH)).isEqualTo(new Answer.Irreversible());
        assertThat(q.alterToNotNull("images.Image.size", WIDTH)).isEqualTo(new Answer.Ignore());
        assertThat(q.unanswered()).isEmpty();
    }

    @Test
    void interactiveRunsAskOnlyWhatThePropertiesLeaveOpen() throws Exception {
        List<String> shown = new ArrayList<>();
        Deque<String> typed = new ArrayDeque<>(List.of("2", "7", "y"));
        Console console = new Console() {
            @Override
            public void println(String line) {
                shown.add(line);
            }

            @Override
            public String readLine(String prompt) {
                shown.add(prompt);
                return typed.poll();
            }
        };
        var q = new AnswersThenConsole(AnswerOptions.parse("images.Image.width=0", null, null, null, null), console);
        assertThat(q.addNotNull("images.Image.width", WIDTH)).isEqualTo(new Answer.Value("0"));
        assertThat(shown).isEmpty();
        assertThat(q.addNotNull("images.Image.height", WIDTH)).isEqualTo(new Answer.Value("7"));
        assertThat(q.renameField("images.Image.caption", "images.Image.title", WIDTH)).isTrue();
        assertThat(shown).anyMatch(l -> l.contains("images.Image.height"));
        assertThat(typed).isEmpty();
    }

    @Test
    void malformedDefaultIsRejectedWithAnExample() {
        assertThatThrownBy(() -> AnswerOptions.parse("images.Image.width", null, null, null, null))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("-Ddefaults=images.Image.width=0");
    }

    @Test
    void urlsAreRedactedAndTheDefaultIsTheH2FileUnderTarget() {
        assertThat(Database.redact("jdbc:mysql://bob:secret@db:3306/x?user=bob&password=secret&ssl=true"))
                .isEqualTo("jdbc:mysql://***@db:3306/x?user=bob&password=***&ssl=true");
        assertThat(Database.redact("jdbc:h2:file:/tmp/x;USER=sa;PASSWORD=secret")).doesNotContain("secret");
        assertThat(Database.defaultUrl(new File("/p/target"))).isEqualTo("jdbc:h2:file:/p/target/southward/h2");
    }

    @Test
    void dataMigrationClassIsNamedAfterGroupAppAndMigration() {
        var skeleton = new DataMigrationSkeleton("com.example-site.int", "images", "fill widths!");
        assertThat(skeleton.className()).isEqualTo("com.example_site._int.migrations.images.FillWidths");
        String source = skeleton.source(new MigrationKey("images", "0004_fill_widths"));
        assertThat(source).contains("package com.example_site._int.migrations.images;",
                "public class FillWidths implements DataMigration", "images.0004_fill_widths");
    }

    @Test
    void summaryCountsBothDirections() {
        var key = new MigrationKey("images", "0002_x");
        assertThat(Progress.summary(new MigrateResult(List.of()))).contains("up to date");
        assertThat(Progress.summary(new MigrateResult(List.of(new MigrateResult.Done(key, false, 5, false),
                new MigrateResult.Done(key, true, 7, false))))).isEqualTo(
                        "Done: applied 1 migration, unapplied 1 migration in 12 ms.");
    }

    @Test
    void lockTimeoutTakesSecondsOrAnIsoDuration() throws Exception {
        assertThat(AbstractSouthwardMojo.lockTimeout("120")).isEqualTo(java.time.Duration.ofSeconds(120));
        assertThat(AbstractSouthwardMojo.lockTimeout("PT2M")).isEqualTo(java.time.Duration.ofMinutes(2));
        assertThatThrownBy(() -> AbstractSouthwardMojo.lockTimeout("2 minutes"))
                .isInstanceOf(MojoFailureException.class).hasMessageContaining("-Dsouthward.lockTimeout=2 minutes");
    }
}
