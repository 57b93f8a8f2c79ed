package dev.southward.migrate.autodetect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.Southward;
import dev.southward.migrate.UnansweredQuestionsException;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.AlterField;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.operation.RemoveField;
import dev.southward.migrate.operation.RenameField;
import dev.southward.migrate.operation.RenameModel;
import dev.southward.migrate.questioner.Answers;
import dev.southward.migrate.questioner.Console;
import dev.southward.migrate.questioner.InteractiveQuestioner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The questioner, interactive and not, and what the autodetector makes of the answers (acceptance 3). */
class QuestionsTest {
    @TempDir
    Path dir;
    private Southward v2;

    @BeforeEach
    void initialMigration() {
        // makeMigrations never connects: a URL nobody listens on proves it.
        Jdbi unused = Jdbi.create("jdbc:h2:mem:never_opened");
        Southward.create(unused).withMigrationsDirectory(dir).withApps(dev.southward.migrate.autodetect.v1.ImagesApp.class)
                .makeMigrations(MakeRequest.auto());
        v2 = Southward.create(unused).withMigrationsDirectory(dir).withApps(dev.southward.migrate.autodetect.v2.ImagesApp.class);
    }

    @Test
    void nonInteractiveRunListsEveryUnansweredQuestionAndWritesNothing() throws Exception {
        assertThatThrownBy(() -> v2.makeMigrations(MakeRequest.auto("images")))
                .isInstanceOf(UnansweredQuestionsException.class)
                .hasMessage("""
                        Cannot make the migration without answers to 5 questions (nothing was written):
                          - Was the model images.Photo renamed to images.Picture? Answer with renames \
                        images.Photo=Picture, or no-renames images.Photo.
                          - Was images.Image.caption renamed to images.Image.title (varchar 200 null)? Answer with \
                        renames images.Image.caption=title, or no-renames images.Image.caption.
                          - The field images.Image.legacy (boolean) is removed; it is NOT NULL without a default, so \
                        migrating backwards needs a value for existing rows. Answer with a default for migrating \
                        backwards: defaults images.Image.legacy=<value>, or irreversible images.Image.legacy.
                          - The field images.Image.height (int) changes from NULL to NOT NULL, and existing rows may \
                        hold NULL. Answer with a value for existing NULLs: defaults images.Image.height=<value>, or \
                        ignore-nulls images.Image.height.
                          - The field images.Image.width (int) is added NOT NULL without a default, and existing rows \
                        need a value. Answer with a one-off default: defaults images.Image.width=<value>, or add a \
                        default to the model.""");
        assertThat(files()).containsExactly("images/0001_initial.json");
    }

    @Test
    void answersGivenUpFront() {
        MakeResult result = v2.makeMigrations(MakeRequest.auto("images").answers(Answers.none()
                .rename("images.Photo", "Picture").rename("images.Image.caption", "title")
                .irreversible("images.Image.legacy").defaultFor("images.Image.height", "0")
                .defaultFor("images.Image.width", "640")));
        List<Operation> ops = result.migrations().get(0).operations();
        assertThat(ops).containsExactly(
                new RenameModel("Photo", "Picture", "images_picture"),
                new RenameField("Image", "caption", "title", "title"),
                new RemoveField("Image", "legacy", null, true),
                new AddField("Image", ops.get(3) instanceof AddField a ? a.field() : null, "640"),
                new AlterField("Image", ((AlterField) ops.get(4)).field(), "0"));
        assertThat(result.migrations().get(0).key().name()).isEqualTo("0002_auto__rename_photo_to_picture"
                + "__rename_field_image_caption_to_title__and_more");
    }

    @Test
    void renameAnsweredNoBecomesRemoveAndAdd() {
        MakeResult result = v2.makeMigrations(MakeRequest.auto("images").answers(Answers.none()
                .notRenamed("images.Photo").notRenamed("images.Image.caption").irreversible("images.Image.legacy")
                .ignoreNulls("images.Image.height").defaultFor("images.Image.width", "1")));
        assertThat(result.migrations().get(0).operations()).extracting(o -> o.describe("images")).containsExactly(
                "remove field images.Image.caption", "remove field images.Image.legacy",
                "delete model images.Photo", "create model images.Picture", "add field images.Image.title",
                "add field images.Image.width", "alter field images.Image.height");
    }

    @Test
    void interactiveQuestionsThroughTheConsole() {
        ScriptedConsole console = new ScriptedConsole("y", "y", "1", "2", "abc", "7", "2", "640");
        MakeResult result = v2.makeMigrations(MakeRequest.auto("images")
                .questioner(new InteractiveQuestioner(console)));
        assertThat(console.prompts).contains(
                " ? Was the model images.Photo renamed to images.Picture? [y/N] ",
                " ? Was images.Image.caption renamed to images.Image.title (varchar 200 null)? [y/N] ");
        assertThat(console.printed).contains(" ! default 'abc' is not a valid int value");
        List<Operation> ops = result.migrations().get(0).operations();
        assertThat(ops.get(2)).isEqualTo(new RemoveField("Image", "legacy", null, true));
        assertThat(ops.get(3)).isInstanceOfSatisfying(AddField.class, a -> assertThat(a.oneOffDefault()).isEqualTo("640"));
        assertThat(ops.get(4)).isInstanceOfSatisfying(AlterField.class, a -> assertThat(a.fillNulls()).isEqualTo("7"));
    }

    @Test
    void quitWritesNothing() throws Exception {
        ScriptedConsole console = new ScriptedConsole("n", "n", "1", "1");
        assertThatThrownBy(() -> v2.makeMigrations(MakeRequest.auto("images")
                .questioner(new InteractiveQuestioner(console))))
                .hasMessage("Quit: add a permanent default to the field in the model, then run schemamigration "
                        + "images again. Nothing was written.");
        assertThat(files()).containsExactly("images/0001_initial.json");
    }

    @Test
    void noChangesDetectedWritesNoFile() throws Exception {
        Southward same = Southward.create(Jdbi.create("jdbc:h2:mem:never_opened")).withMigrationsDirectory(dir)
                .withApps(dev.southward.migrate.autodetect.v1.ImagesApp.class);
        MakeResult result = same.makeMigrations(MakeRequest.auto("images"));
        assertThat(result.messages()).containsExactly("No changes detected in app images");
        assertThat(result.changed()).isFalse();
        assertThat(same.makeMigrations(MakeRequest.auto().check()).changed()).isFalse();
        assertThat(v2.makeMigrations(MakeRequest.auto().check()).changed()).isTrue();
        assertThat(files()).containsExactly("images/0001_initial.json");
    }

    @Test
    void generatedFilesAreByteIdenticalAcrossRuns(@TempDir Path other) throws Exception {
        Southward.create(Jdbi.create("jdbc:h2:mem:never_opened")).withMigrationsDirectory(other)
                .withApps(dev.southward.migrate.autodetect.v1.ImagesApp.class).makeMigrations(MakeRequest.auto());
        assertThat(Files.readAllBytes(other.resolve("images/0001_initial.json")))
                .isEqualTo(Files.readAllBytes(dir.resolve("images/0001_initial.json")));
        Answers answers = Answers.none().rename("images.Photo", "Picture").rename("images.Image.caption", "title")
                .irreversible("images.Image.legacy").defaultFor("images.Image.height", "0")
                .defaultFor("images.Image.width", "640");
        String first = v2.makeMigrations(MakeRequest.auto().answers(answers).check()).migrations().get(0).content();
        String second = v2.makeMigrations(MakeRequest.auto().answers(answers).check()).migrations().get(0).content();
        assertThat(first).isEqualTo(second).doesNotContain("\r");
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            // The migration files; the per-app migrations.index beside them is a cache of them.
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json"))
                    .map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    /** A console answering from a script and recording what was shown. */
    static final class ScriptedConsole implements Console {
        final Deque<String> answers;
        final List<String> prompts = new ArrayList<>();
        final List<String> printed = new ArrayList<>();

        ScriptedConsole(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public void println(String line) {
            printed.add(line);
        }

        @Override
        public String readLine(String prompt) {
            prompts.add(prompt);
            return answers.poll();
        }
    }
}
