package dev.southward.migrate.autodetect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.questioner.Answers;
import dev.southward.migrate.questioner.NonInteractiveQuestioner;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.OnDelete;
import dev.southward.migrate.state.ProjectState;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutodetectorTest {
    private static FieldState id() {
        return new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false, false,
                null);
    }

    private static FieldState fk(String name, String target) {
        return FieldState.of(name, name + "_id", FieldType.LONG).withNullable(true)
                .withForeignKey(new ForeignKeyRef(target, OnDelete.CASCADE));
    }

    @Test
    void newModelsComeAfterTheModelsTheyReferenceAndACycleIsClosedByAnAddedField() {
        ProjectState models = ProjectState.of(List.of(
                new ModelState("zoo", "Animal", "zoo_animal", List.of(id(), fk("keeper", "zoo.Keeper")), List.of()),
                new ModelState("zoo", "Keeper", "zoo_keeper", List.of(id(), fk("site", "zoo.Site")), List.of()),
                new ModelState("zoo", "Site", "zoo_site", List.of(id()), List.of()),
                new ModelState("zoo", "Egg", "zoo_egg", List.of(id(), fk("nest", "zoo.Nest")), List.of()),
                new ModelState("zoo", "Nest", "zoo_nest", List.of(id(), fk("egg", "zoo.Egg")), List.of())));
        var detection = Autodetector.detect("zoo", ProjectState.empty(), models,
                new NonInteractiveQuestioner(Answers.none()));
        assertThat(detection.operations()).extracting(o -> o.describe("zoo")).containsExactly(
                "create model zoo.Site", "create model zoo.Keeper", "create model zoo.Animal", "create model zoo.Egg",
                "create model zoo.Nest", "add field zoo.Egg.nest");
    }

    @Test
    void thousandsOfModelsStayFast() {
        List<ModelState> chain = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            chain.add(new ModelState("big", "M" + i, "big_m" + i, i == 0 ? List.of(id())
                    : List.of(id(), fk("prev", "big.M" + (i - 1))), List.of()));
        }
        var detection = Autodetector.detect("big", ProjectState.empty(), ProjectState.of(chain),
                new NonInteractiveQuestioner(Answers.none()));
        assertThat(detection.operations()).hasSize(3000);
        assertThat(detection.operations().get(0).describe("big")).isEqualTo("create model big.M0");
        assertThat(detection.operations().get(2999).describe("big")).isEqualTo("create model big.M2999");
    }
}
