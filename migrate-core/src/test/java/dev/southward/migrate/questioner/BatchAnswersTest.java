package dev.southward.migrate.questioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.UnansweredQuestionsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch answers are checked like interactive ones: invalid values and answers no question needs are refused. */
class BatchAnswersTest {
    @TempDir
    Path dir;
    private Southward v2;
    private final Answers complete = Answers.none().rename("images.Photo", "Picture")
            .rename("images.Image.caption", "title").irreversible("images.Image.legacy")
            .defaultFor("images.Image.height", "0").defaultFor("images.Image.width", "640");

    @BeforeEach
    void initialMigration() {
        Jdbi never = Jdbi.create("jdbc:h2:mem:never_opened");
        Southward.create(never).withMigrationsDirectory(dir)
                .withApps(dev.southward.migrate.autodetect.v1.ImagesApp.class).makeMigrations(MakeRequest.auto());
        v2 = Southward.create(never).withMigrationsDirectory(dir)
                .withApps(dev.southward.migrate.autodetect.v2.ImagesApp.class);
    }

    @Test
    void mistypedKeyIsRefusedWithTheKeyItProbablyMeant() throws Exception {
        Answers typo = complete.defaultFor("images.Image.widht", "640");
        assertThatThrownBy(() -> v2.makeMigrations(MakeRequest.auto("images").answers(typo)))
                .isInstanceOf(UnansweredQuestionsException.class)
                .hasMessage("Refusing answers that no question needs (nothing was written):\n"
                        + "  - defaults images.Image.widht=640: no question about images.Image.widht needs this "
                        + "answer; did you mean images.Image.width?");
        assertThat(files()).containsExactly("images/0001_initial.json");
    }

    @Test
    void answerOfTheWrongKindIsRefused() {
        // width is added, not removed: "irreversible" answers nothing about it.
        Answers wrong = complete.irreversible("images.Image.width").ignoreNulls("shop.Order.total");
        assertThatThrownBy(() -> v2.makeMigrations(MakeRequest.auto("images").answers(wrong)))
                .hasMessageContaining("  - ignore-nulls shop.Order.total: no question about shop.Order.total needs "
                        + "this answer (the questions were about images.Photo, images.Image.caption, "
                        + "images.Image.legacy, images.Image.height, images.Image.width)")
                .hasMessageContaining("  - irreversible images.Image.width: no question about images.Image.width "
                        + "needs this answer; did you mean images.Image.width?");
    }

    @Test
    void invalidValueGetsTheInteractiveQuestionsWordsAndStaysOpen() {
        Answers lots = complete.defaultFor("images.Image.width", "lots");
        String problem = dev.southward.migrate.state.Literals.problem(
                dev.southward.migrate.state.FieldState.of("width", "width",
                        dev.southward.migrate.state.FieldType.INT), "lots");
        assertThat(problem).isEqualTo("default 'lots' is not a valid int value");
        assertThatThrownBy(() -> v2.makeMigrations(MakeRequest.auto("images").answers(lots)))
                .isInstanceOf(UnansweredQuestionsException.class)
                .hasMessage("Cannot make the migration without answers to 1 question (nothing was written):\n"
                        + "  - The field images.Image.width (int) is added NOT NULL without a default, and existing "
                        + "rows need a value. The answer defaults images.Image.width=lots is refused: " + problem
                        + ".");
    }

    @Test
    void checkModeIgnoresAnswers() {
        Answers extra = complete.defaultFor("images.Image.nothing", "1");
        assertThat(v2.makeMigrations(MakeRequest.auto("images").answers(extra).check()).changed()).isTrue();
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            // The migration files; the per-app migrations.index beside them is a cache of them.
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json"))
                    .map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
