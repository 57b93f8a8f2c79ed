package dev.southward.migrate.writer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.loader.MigrationLoader;
import dev.southward.migrate.model.App;
import dev.southward.migrate.model.ModelScanner;
import dev.southward.migrate.operation.DeleteModel;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run for all apps makes every declared app, also one whose last model was deleted (no database). */
class DeclaredAppsTest {
    @TempDir
    Path dir;

    @App(name = "empty_app", models = {})
    static final class EmptyApp {
    }

    @Test
    void deletingTheLastModelOfADeclaredAppIsDetectedWhenMakingAllApps() {
        ProjectState both = ProjectState.of(List.of(model("shop", "Item"), model("blog", "Post")));
        make(both, Set.of("shop", "blog"));
        MakeResult made = make(ProjectState.of(List.of(model("shop", "Item"))), Set.of("shop", "blog"));
        assertThat(made.migrations()).hasSize(1);
        assertThat(made.migrations().get(0).key().toString()).isEqualTo("blog.0002_auto__del_post");
        assertThat(made.migrations().get(0).operations()).containsExactly(new DeleteModel("Post"));
    }

    @Test
    void withoutTheDeclaredAppsOnlyAppsWithModelsAreMade() {
        make(ProjectState.of(List.of(model("shop", "Item"), model("blog", "Post"))), Set.of());
        MakeResult made = make(ProjectState.of(List.of(model("shop", "Item"))), Set.of());
        assertThat(made.migrations()).isEmpty();
    }

    @Test
    void aDeclaredAppWithoutModelsOrMigrationsHasNothingToMake() {
        MakeResult made = make(ProjectState.of(List.of(model("shop", "Item"))),
                ModelScanner.appNames(List.of(EmptyApp.class, ShopApp.class)));
        assertThat(made.migrations()).extracting(m -> m.key().app()).containsExactly("shop");
        assertThat(made.messages()).contains("No changes detected in app empty_app");
    }

    @App(name = "shop", models = {})
    static final class ShopApp {
    }

    private MakeResult make(ProjectState models, Set<String> declared) {
        MigrationGraph graph = MigrationGraph.of(MigrationLoader.fromDirectory(dir));
        return new MigrationMaker(models, declared, graph, dir).make(MakeRequest.auto());
    }

    private static ModelState model(String app, String name) {
        return new ModelState(app, name, app + "_" + name.toLowerCase(java.util.Locale.ROOT), List.of(new FieldState(
                "id", "id", FieldType.LONG, null, null, null, false, null, true, true, false, false, null)), List.of());
    }
}
