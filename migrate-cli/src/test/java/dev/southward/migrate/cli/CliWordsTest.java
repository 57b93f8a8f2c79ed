package dev.southward.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliWordsTest {
    @Test
    void mavenGoalsAndPropertiesBecomeCommandsAndFlags() {
        assertThat(CliWords.of("  mvn migrate:migrate -Dresume -Dassume-done     statement 2 took effect"))
                .isEqualTo("  southward migrate --resume --assume-done     statement 2 took effect");
        assertThat(CliWords.of("Merge them: mvn migrate:schemamigration -Dapp=images -Dmerge and apply"))
                .isEqualTo("Merge them: southward schemamigration images --merge and apply");
        assertThat(CliWords.of("(mvn migrate:migrate -Dmark-applied -Dforce)"))
                .isEqualTo("(southward migrate --mark-applied --force)");
        assertThat(CliWords.of("use -Dsouthward.historyTable=southward_history in Maven."))
                .isEqualTo("use --history-table=southward_history.");
    }

    @Test
    void answersBecomeFlags() {
        assertThat(CliWords.answers("added NOT NULL. Answer with a one-off default: defaults images.Image.width=<value>"
                + ", or irreversible images.Image.legacy. Answer with renames images.Image.caption=title, or "
                + "no-renames images.Image.caption; ignore-nulls images.Image.size."))
                .isEqualTo("added NOT NULL. Answer with a one-off default: --default images.Image.width=<value>, or "
                        + "--irreversible images.Image.legacy. Answer with --rename images.Image.caption=title, or "
                        + "--no-rename images.Image.caption; --ignore-nulls images.Image.size.");
        assertThat(CliWords.answers("the renames of images")).isEqualTo("the renames of images");
    }

    @Test
    void otherTextIsLeftAlone() {
        assertThat(CliWords.of("column images_image.width-Dx is a-Dtest")).isEqualTo(
                "column images_image.width-Dx is a-Dtest");
        assertThat(CliWords.of(null)).isNull();
    }
}
