package dev.southward.migrate.evolution;

import static org.assertj.core.api.Assertions.assertThat;

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
                ChangeKeyTypeKind.ChangeKey.class, AddIndexKind.AddIndex.class, RemoveIndexKind.RemoveIndex.class);
        assertThat(apps).containsExactlyInAnyOrderElementsOf(Models.APPS);
        assertThat(crossApp).containsExactlyInAnyOrder(true, false);
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
