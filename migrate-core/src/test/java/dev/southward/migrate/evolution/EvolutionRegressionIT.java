package dev.southward.migrate.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.OnDelete;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shrunk histories of bugs the evolution test found, kept as they were printed, on H2. */
class EvolutionRegressionIT {

    /** H2 reads NO ACTION back as RESTRICT: verify took the foreign key for changed (seed 2). */
    @Test
    void foreignKeyWithNoActionVerifies() {
        ModelState pearl = new ModelState("alpha", "Pearl68", "alpha_pearl68", List.of(Models.autoId()), List.of());
        assertClean(List.of(new CreateModelKind.Create(pearl), new AddFieldKind.Add("alpha.Pearl68",
                Models.foreignKey("sizeInBytes56", "alpha.Pearl68", false, OnDelete.NO_ACTION).withIndexed(true))));
    }

    /**
     * H2's KEY_COLUMN_USAGE keeps a renamed column's old name: verify saw the primary key (and foreign keys to it) on
     * the old column after a declared key was renamed (seed 3).
     */
    @Test
    void renamedDeclaredKeyVerifiesWithTheForeignKeysToIt() {
        FieldState uid = new FieldState("uid", "uid", FieldType.UUID, null, null, null, false, null, true, false,
                false, false, null);
        ModelState dune = new ModelState("gamma", "Dune81", "gamma_dune81", List.of(uid,
                Models.foreignKey("sizeInBytes99", "gamma.Dune81", true, OnDelete.SET_NULL)), List.of());
        assertClean(List.of(new CreateModelKind.Create(dune),
                new RenameFieldKind.RenameField("gamma.Dune81", "uid", "group89"),
                new RenameFieldKind.RenameField("gamma.Dune81", "sizeInBytes99", "parent")));
    }

    private static void assertClean(List<Change> steps) {
        EvolutionRunner.Failure failure = EvolutionRunner.run(steps, EvolutionIT::h2);
        assertThat(failure).as("%s", failure == null ? "" : failure.error()).isNull();
    }
}
