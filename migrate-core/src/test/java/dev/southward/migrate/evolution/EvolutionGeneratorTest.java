package dev.southward.migrate.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvolutionGeneratorTest {
    @Test
    void theSameSeedGivesTheSameChanges() {
        assertThat(EvolutionGenerator.generate(7, 60)).isEqualTo(EvolutionGenerator.generate(7, 60));
        assertThat(EvolutionGenerator.generate(7, 60)).isNotEqualTo(EvolutionGenerator.generate(8, 60));
    }

    @Test
    void everyChangeAppliesInTurnAndGivesValidModels() {
        for (long seed = 1; seed <= 20; seed++) {
            ProjectState state = ProjectState.empty();
            for (Change c : EvolutionGenerator.generate(seed, 80)) {
                ProjectState next = Models.attempt(c, state);
                assertThat(next).as("seed %d: %s applies", seed, c.describe()).isNotNull().isNotEqualTo(state);
                assertThat(Models.problems(next)).as("seed %d after %s", seed, c.describe()).isEmpty();
                state = next;
            }
        }
    }

    @Test
    void everyKindOfChangeAndEveryAppTurnsUp() {
        Set<Class<?>> kinds = new HashSet<>();
        Set<String> apps = new HashSet<>();
        Set<Boolean> crossApp = new HashSet<>();
        for (long seed = 1; seed <= 10; seed++) {
            ProjectState state = ProjectState.empty();
            for (Change c : EvolutionGenerator.generate(seed, 80)) {
                kinds.add(c.getClass());
                state = Models.attempt(c, state);
                state.models().values().forEach(m -> {
                    apps.add(m.app());
                    m.fields().stream().filter(f -> f.foreignKey() != null)
                            .forEach(f -> crossApp.add(!f.foreignKey().app().equals(m.app())));
                });
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder(CreateModelKind.Create.class, DeleteModelKind.Delete.class,
                RenameModelKind.Rename.class, AddFieldKind.Add.class, RemoveFieldKind.Remove.class,
                AlterFieldKind.Alter.class, RenameFieldKind.RenameField.class, RetargetForeignKeyKind.Retarget.class,
                ChangeKeyTypeKind.ChangeKey.class, AddIndexKind.AddIndex.class, RemoveIndexKind.RemoveIndex.class,
                ManyToManyKind.Add.class, ManyToManyKind.Remove.class, UnmanagedModelKind.Toggle.class,
                MoveModelKind.Move.class);
        assertThat(apps).containsExactlyInAnyOrderElementsOf(Models.APPS);
        assertThat(crossApp).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void joinTablesFollowARenamedOrMovedModelAndGoWithADeletedOne() {
        ProjectState state = ProjectState.empty();
        for (Change c : List.<Change>of(
                new CreateModelKind.Create(new ModelState("alpha", "Reef1", "alpha_reef1", List.of(Models.autoId()),
                        List.of())),
                new CreateModelKind.Create(new ModelState("beta", "Kelp1", "beta_kelp1", List.of(Models.autoId()),
                        List.of())),
                new ManyToManyKind.Add("alpha.Reef1", "tags", "beta.Kelp1"),
                new ManyToManyKind.Add("alpha.Reef1", "friends", "alpha.Reef1"))) {
            state = Models.attempt(c, state);
        }
        assertThat(state.model("alpha.Reef1_tags").orElseThrow().fields()).extracting(FieldState::column)
                .containsExactly("id", "reef1_id", "kelp1_id");
        assertThat(state.model("alpha.Reef1_friends").orElseThrow().fields()).extracting(FieldState::column)
                .containsExactly("id", "from_reef1_id", "to_reef1_id");

        ProjectState renamed = Models.attempt(new RenameModelKind.Rename("alpha.Reef1", "Coral2"), state);
        assertThat(renamed.model("alpha.Coral2_tags").orElseThrow().table()).isEqualTo("alpha_coral2_tags");
        assertThat(renamed.model("alpha.Coral2_friends").orElseThrow().fields()).extracting(FieldState::column)
                .containsExactly("id", "from_coral2_id", "to_coral2_id");

        ProjectState moved = Models.attempt(new MoveModelKind.Move("alpha.Reef1", "gamma", true), state);
        assertThat(moved.model("gamma.Reef1_tags").orElseThrow().table()).isEqualTo("alpha_reef1_tags");
        assertThat(moved.model("alpha.Reef1_tags")).isEmpty();

        ProjectState deleted = Models.attempt(new DeleteModelKind.Delete("beta.Kelp1"),
                Models.attempt(new CreateModelKind.Create(new ModelState("gamma", "Tide1", "gamma_tide1",
                        List.of(Models.autoId()), List.of())), state));
        assertThat(deleted.models().keySet()).containsExactlyInAnyOrder("alpha.Reef1", "alpha.Reef1_friends",
                "gamma.Tide1");
    }

    @Test
    void theQuestionerConfirmsOnlyTheRenameTheChangeMade() {
        Change rename = new RenameFieldKind.RenameField("alpha.Reef1", "width", "title");
        EvolutionQuestioner q = new EvolutionQuestioner(rename);
        assertThat(q.renameField("alpha.Reef1.width", "alpha.Reef1.title", null)).isTrue();
        assertThat(q.renameField("alpha.Reef1.width", "alpha.Reef1.note", null)).isFalse();
        assertThat(q.renameModel("alpha.Reef1", "alpha.Kelp2", null)).isFalse();
        assertThat(List.of(new RenameModelKind.Rename("alpha.Reef1", "Kelp2"))).allSatisfy(c -> assertThat(
                new EvolutionQuestioner(c).renameModel("alpha.Reef1", "alpha.Kelp2", null)).isTrue());
    }
}
