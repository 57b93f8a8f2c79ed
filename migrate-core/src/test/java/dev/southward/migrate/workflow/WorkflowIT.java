package dev.southward.migrate.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.UnansweredQuestionsException;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.dialect.h2.H2Dialect;
import dev.southward.migrate.execute.StateReplayer;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.introspect.SchemaComparator;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.questioner.Answers;
import dev.southward.migrate.state.ProjectState;
import dev.southward.migrate.testing.H2Extension;
import dev.southward.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The seed's South workflow, end to end on H2 through the Java API (acceptance 1). */
@ExtendWith(H2Extension.class)
public class WorkflowIT {
    @TempDir
    Path dir;

    @Test
    void southWorkflowEndToEnd(TestDatabase db) throws Exception {
        run(db, dir, new H2Dialect());
    }

    private static Southward southward(TestDatabase db, Path dir, Class<?>... apps) {
        return Southward.create(db.dataSource()).withMigrationsDirectory(dir).withApps(apps);
    }

    /** The workflow on any database; the MySQL module runs it on MySQL 8 and MariaDB. */
    public static void run(TestDatabase db, Path dir, Dialect dialect) throws Exception {
        Southward v1 = southward(db, dir, dev.southward.migrate.workflow.v1.AccountsApp.class,
                dev.southward.migrate.workflow.v1.ImagesApp.class);
        MakeResult initial = v1.makeMigrations(MakeRequest.auto());
        assertThat(initial.migrations()).extracting(m -> m.key().toString())
                .containsExactly("accounts.0001_initial", "images.0001_initial");
        assertThat(Files.readString(dir.resolve("images/0001_initial.json")))
                .contains("\"accounts.0001_initial\"", "\"images.0001_initial\"".substring(0, 1));
        assertThat(v1.migrate().steps()).hasSize(2);
        assertLiveEqualsFrozen(db, dialect, v1, "accounts.0001_initial", "images.0001_initial");

        db.execute(db.sql("INSERT INTO \"accounts_user\" (\"username\", \"email\") VALUES ('alice', NULL)"));
        db.execute(db.sql("INSERT INTO \"images_source\" (\"name\", \"owner_id\") VALUES ('reef', 1)"));
        db.execute(db.sql("INSERT INTO \"images_image\" (\"source_id\", \"caption\") VALUES (1, 'coral')"));

        Southward v2 = southward(db, dir, dev.southward.migrate.workflow.v2.AccountsApp.class,
                dev.southward.migrate.workflow.v2.ImagesApp.class);
        assertThatThrownBy(() -> v2.makeMigrations(MakeRequest.auto("images")))
                .isInstanceOf(UnansweredQuestionsException.class)
                .hasMessageContaining("The field images.Image.width (int) is added NOT NULL without a default")
                .hasMessageContaining("defaults images.Image.width=<value>");
        // Nothing written by the refused run; each app's index was written with its first migration.
        assertThat(listFiles(dir)).containsExactly("accounts/0001_initial.json", "accounts/migrations.index",
                "images/0001_initial.json", "images/migrations.index");

        MakeResult second = v2.makeMigrations(MakeRequest.auto("images")
                .answers(Answers.none().defaultFor("images.Image.width", "0")));
        assertThat(second.migrations()).extracting(m -> m.key().name())
                .containsExactly("0002_auto__add_field_image_width");
        // Only checkpoints (the first, every 50th below 1,000, merges) carry the frozen snapshot.
        assertThat(Files.readString(dir.resolve("images/0001_initial.json"))).contains("\"frozen\"");
        assertThat(Files.readString(dir.resolve("images/0002_auto__add_field_image_width.json")))
                .doesNotContain("\"frozen\"");
        assertThat(v2.list().render()).isEqualTo("""
                 accounts
                  (*) 0001_initial
                 images
                  (*) 0001_initial
                  ( ) 0002_auto__add_field_image_width
                """);
        v2.migrate();
        assertLiveEqualsFrozen(db, dialect, v2, "accounts.0001_initial", "images.0002_auto__add_field_image_width");
        assertThat(db.count(db.sql("SELECT \"width\" FROM \"images_image\""))).isZero();
        assertThat(v2.makeMigrations(MakeRequest.auto()).messages())
                .containsExactly("No changes detected in app accounts", "No changes detected in app images");

        Southward v3 = southward(db, dir, dev.southward.migrate.workflow.v3.AccountsApp.class,
                dev.southward.migrate.workflow.v3.ImagesApp.class);
        MakeResult third = v3.makeMigrations(MakeRequest.auto("images"));
        assertThat(third.migrations().get(0).key().name())
                .isEqualTo("0003_auto__add_field_image_photographer__add_index_image_source_width");
        v3.migrate();
        assertLiveEqualsFrozen(db, dialect, v3, "accounts.0001_initial",
                "images.0003_auto__add_field_image_photographer__add_index_image_source_width");

        var back = v3.migrate(MigrateRequest.app("images").target("0002"));
        assertThat(back.steps()).singleElement().satisfies(d -> {
            assertThat(d.backwards()).isTrue();
            assertThat(d.key().name()).startsWith("0003_");
        });
        assertThat(v3.list().render()).contains("(*) 0002_auto__add_field_image_width",
                "( ) 0003_auto__add_field_image_photographer__add_index_image_source_width");
        assertLiveEqualsFrozen(db, dialect, v3, "accounts.0001_initial", "images.0002_auto__add_field_image_width");
        assertThat(v3.verify().ok()).isTrue();

        assertThat(v3.migrate().steps()).hasSize(1);
        assertLiveEqualsFrozen(db, dialect, v3, "accounts.0001_initial",
                "images.0003_auto__add_field_image_photographer__add_index_image_source_width");
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"images_image\" WHERE \"caption\" = 'coral'")))
                .isEqualTo(1);
        assertThat(v3.migrate().nothingToDo()).isTrue();
    }

    /** The live schema, by introspection, equals the frozen snapshots of the given migrations. */
    private static void assertLiveEqualsFrozen(TestDatabase db, Dialect dialect, Southward southward,
            String... latest) {
        MigrationGraph graph = MigrationGraph.of(southward.migrations());
        ProjectState expected = ProjectState.empty();
        for (String key : latest) {
            // The replayed state (only checkpoints carry a frozen snapshot, and verify checks those against it).
            MigrationKey k = MigrationKey.parse(key);
            ProjectState after = StateReplayer.stateAfter(graph, graph.ancestors(k)).onlyApp(k.app());
            for (var m : after.models().values()) {
                expected = expected.with(m);
            }
        }
        ProjectState state = expected;
        List<String> differences = db.jdbi().withHandle(h -> new SchemaComparator(dialect)
                .differences(state, dialect.introspector().read(h)));
        assertThat(differences).isEmpty();
        assertThat(southward.verify().all()).isEmpty();
    }

    private static List<String> listFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
