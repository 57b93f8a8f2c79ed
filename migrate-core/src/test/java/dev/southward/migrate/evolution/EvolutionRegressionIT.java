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

    /**
     * H2 refuses to change an identity column to another type than an integer ("Feature not supported"): the key
     * loses its identity first, and gets it back going backwards (seed 35; with a reference to it, seed 7).
     */
    @Test
    void autoIncrementKeyBecomesStringAndUuidAndBack() {
        FieldState uid = key(FieldType.LONG, null, true);
        ModelState crab = new ModelState("alpha", "Crab71", "alpha_crab71", List.of(uid), List.of());
        ModelState pearl = new ModelState("beta", "Pearl95", "beta_pearl95", List.of(Models.autoId(),
                Models.foreignKey("value39", "alpha.Crab71", true, OnDelete.CASCADE)), List.of());
        assertClean(List.of(new CreateModelKind.Create(crab), new CreateModelKind.Create(pearl),
                new ChangeKeyTypeKind.ChangeKey("alpha.Crab71", key(FieldType.STRING, 64, false)),
                new ChangeKeyTypeKind.ChangeKey("alpha.Crab71", key(FieldType.UUID, null, false)),
                new ChangeKeyTypeKind.ChangeKey("alpha.Crab71", key(FieldType.INT, null, true))));
    }

    /**
     * H2 lets a self-referencing foreign key adopt the field's unique index when it rebuilds the table (a later ADD
     * COLUMN): going back, dropping the unique index failed with "belongs to constraint" (seed 4).
     */
    @Test
    void uniqueIndexAdoptedByAForeignKeyIsDroppedGoingBack() {
        FieldState note = Models.foreignKey("note48", "alpha.Squid96", true, OnDelete.CASCADE);
        ModelState squid = new ModelState("alpha", "Squid96", "alpha_squid96", List.of(Models.autoId(), note),
                List.of());
        FieldState key = Samples.ofType("key83", FieldType.INSTANT, new java.util.Random(1));
        assertClean(List.of(new CreateModelKind.Create(squid),
                new AlterFieldKind.Alter("alpha.Squid96", note.withUnique(true)),
                new AddFieldKind.Add("alpha.Squid96", key.withNullable(true))));
    }

    /**
     * Two apps pointing into each other, one renames a model the other references: the other app was made first and
     * took the new name for a retarget of its own, to a model not yet renamed ("no model gamma.Dune0 in the state at
     * this point", seed 28).
     */
    @Test
    void modelRenamedInAnAppThatAlsoPointsIntoTheReferencingApp() {
        ModelState crab = new ModelState("beta", "Crab51", "beta_crab51", List.of(Models.autoId()), List.of());
        ModelState shell = new ModelState("gamma", "Shell1", "gamma_shell1", List.of(Models.autoId(),
                Models.foreignKey("label10", "beta.Crab51", true, OnDelete.CASCADE)), List.of());
        assertClean(List.of(new CreateModelKind.Create(crab), new CreateModelKind.Create(shell),
                new AddFieldKind.Add("beta.Crab51", Models.foreignKey("label33", "gamma.Shell1", true,
                        OnDelete.CASCADE).withUnique(true)),
                new RenameModelKind.Rename("gamma.Shell1", "Dune0")));
    }

    /**
     * Three apps pointing into each other in a cycle, one renames a model another references: the renaming app must
     * still come first (seed 18).
     */
    @Test
    void modelRenamedInACycleOfThreeApps() {
        ModelState shell = new ModelState("beta", "Shell82", "beta_shell82", List.of(Models.autoId()), List.of());
        ModelState order = new ModelState("alpha", "Order88", "alpha_order88", List.of(Models.autoId(),
                Models.foreignKey("createdAt0", "beta.Shell82", false, OnDelete.NO_ACTION)), List.of());
        ModelState kelp = new ModelState("gamma", "Kelp79", "gamma_kelp79", List.of(Models.autoId(),
                Models.foreignKey("rank85", "alpha.Order88", true, OnDelete.CASCADE)), List.of());
        assertClean(List.of(new CreateModelKind.Create(shell), new CreateModelKind.Create(order),
                new CreateModelKind.Create(kelp),
                new AddFieldKind.Add("beta.Shell82", Models.foreignKey("width68", "gamma.Kelp79", true,
                        OnDelete.SET_NULL)),
                new RenameModelKind.Rename("beta.Shell82", "Wave59")));
    }

    /**
     * A foreign key removed, then its target renamed in another app: going back, the removal was undone (re-adding the
     * constraint to the old table name) while the rename was still applied (seed 36). The rename depends on the
     * removal.
     */
    @Test
    void modelRenamedAfterAnotherAppDroppedItsForeignKeyGoesBackInOrder() {
        ModelState group = new ModelState("gamma", "Group89", "gamma_group89", List.of(Models.autoId()), List.of());
        ModelState reef = new ModelState("beta", "Reef81", "beta_reef81", List.of(Models.autoId(),
                Models.foreignKey("label76", "gamma.Group89", true, OnDelete.CASCADE)), List.of());
        assertClean(List.of(new CreateModelKind.Create(group), new CreateModelKind.Create(reef),
                new RemoveFieldKind.Remove("beta.Reef81", "label76"),
                new RenameModelKind.Rename("gamma.Group89", "Shell88")));
    }

    /**
     * A model moved to another app took its many-to-many join table along in the models, but the migrations created
     * a new join table beside the old one, of the same name (seed 28): the join table now moves with its model.
     */
    @Test
    void modelMovedWithItsJoinTable() {
        FieldState code = new FieldState("code", "code", FieldType.STRING, 64, null, null, false, null, true, false,
                false, false, null);
        assertClean(List.of(new CreateModelKind.Create(new ModelState("alpha", "Shell24", "alpha_shell24",
                List.of(code), List.of())), new ManyToManyKind.Add("alpha.Shell24", "select20", "alpha.Shell24"),
                new MoveModelKind.Move("alpha.Shell24", "beta", true)));
    }

    /** Renaming a model with many-to-many fields (to itself and to another app's model) keeps the join tables. */
    @Test
    void modelRenamedWithItsJoinTables() {
        assertClean(List.of(new CreateModelKind.Create(model("alpha", "Reef1")),
                new CreateModelKind.Create(model("beta", "Kelp1")),
                new ManyToManyKind.Add("alpha.Reef1", "tags", "beta.Kelp1"),
                new ManyToManyKind.Add("alpha.Reef1", "friends", "alpha.Reef1"),
                new RenameModelKind.Rename("alpha.Reef1", "Coral2"), new RenameModelKind.Rename("beta.Kelp1", "Tide3"),
                new MoveModelKind.Move("alpha.Coral2", "gamma", false)));
    }

    /**
     * The old app's record of a move checked that the model was still in the new app under its name; a later rename
     * there, which need not come after the record, broke every later replay (seed 105).
     */
    @Test
    void modelMovedThenRenamedInItsNewApp() {
        assertClean(List.of(new CreateModelKind.Create(model("gamma", "Squid53")),
                new MoveModelKind.Move("gamma.Squid53", "beta", false),
                new RenameModelKind.Rename("beta.Squid53", "Shell26")));
    }

    /**
     * Two apps referencing each other, one of them new, taking a moved model: the new app's migration must come first
     * (seed 36: "make gamma's migrations first").
     */
    @Test
    void modelMovedIntoANewAppInACycleOfReferences() {
        FieldState uid = new FieldState("uid", "uid", FieldType.UUID, null, null, null, false, null, true, false,
                false, false, null);
        assertClean(List.of(new CreateModelKind.Create(new ModelState("alpha", "Wave32", "ext_wave32_299737",
                        List.of(uid), List.of(), false, null)),
                new CreateModelKind.Create(new ModelState("alpha", "Shell89", "alpha_shell89", List.of(Models.autoId(),
                        Models.foreignKey("label76", "alpha.Wave32", true, OnDelete.CASCADE)), List.of())),
                new CreateModelKind.Create(new ModelState("beta", "Shell98", "beta_shell98", List.of(Models.autoId(),
                        Models.foreignKey("value12", "beta.Shell98", false, OnDelete.CASCADE),
                        Models.foreignKey("label6", "alpha.Wave32", true, OnDelete.SET_NULL)), List.of())),
                new AddFieldKind.Add("alpha.Shell89", Models.foreignKey("value34", "beta.Shell98", false,
                        OnDelete.RESTRICT)),
                new MoveModelKind.Move("beta.Shell98", "gamma", false)));
    }

    /**
     * One app sent back to zero while another stays: its backwards SQL was rendered from the graph order's state,
     * in which the other app's later rename of the referenced key had not happened yet (seed 127). It is rendered
     * from the migrations applied at that moment.
     */
    @Test
    void appSentBackWhileAnotherAppsLaterRenameOfTheReferencedKeyStays() {
        FieldState code = new FieldState("code", "code", FieldType.LONG, null, null, null, false, null, true, false,
                false, false, null);
        assertClean(List.of(new CreateModelKind.Create(new ModelState("beta", "Dune41", "beta_dune41", List.of(code),
                        List.of())),
                new CreateModelKind.Create(new ModelState("alpha", "Tide28", "alpha_tide28", List.of(Models.autoId(),
                        Models.foreignKey("order21", "beta.Dune41", true, OnDelete.SET_NULL)), List.of())),
                new RenameModelKind.Rename("alpha.Tide28", "Crab6"),
                new RenameFieldKind.RenameField("beta.Dune41", "code", "isPublic54")));
    }

    /**
     * A model renamed while another app references it: the other app's migration was made first and took the new
     * name for a change of its own (a regression of the app order while fixing seed 126).
     */
    @Test
    void modelRenamedWhileAnotherAppReferencesIt() {
        assertClean(List.of(new CreateModelKind.Create(model("gamma", "Shell9")),
                new CreateModelKind.Create(new ModelState("alpha", "Dune60", "alpha_dune60", List.of(Models.autoId(),
                        Models.foreignKey("order86", "gamma.Shell9", true, OnDelete.SET_NULL)), List.of())),
                new RenameModelKind.Rename("gamma.Shell9", "Crab4")));
    }

    /**
     * A model deleted while another app's join table points at it, in apps that reference each other: the app that
     * drops the join table must be made first (seed 126), and a model moved while another app references it (seed
     * 138).
     */
    @Test
    void releasedReferencesAndMovesOrderTheAppsInACycle() {
        assertClean(List.of(new CreateModelKind.Create(model("beta", "Shell65")),
                new CreateModelKind.Create(model("gamma", "Coral54")),
                new AddFieldKind.Add("beta.Shell65", Models.foreignKey("note41", "gamma.Coral54", true,
                        OnDelete.CASCADE)),
                new ManyToManyKind.Add("gamma.Coral54", "width30", "beta.Shell65"),
                new DeleteModelKind.Delete("beta.Shell65")));
        assertClean(List.of(new CreateModelKind.Create(model("beta", "Dune48")),
                new CreateModelKind.Create(new ModelState("alpha", "Wave75", "alpha_wave75", List.of(Models.autoId(),
                        Models.foreignKey("key34", "beta.Dune48", true, OnDelete.SET_NULL)), List.of())),
                new AddFieldKind.Add("beta.Dune48", Models.foreignKey("score77", "alpha.Wave75", true,
                        OnDelete.NO_ACTION)),
                new MoveModelKind.Move("alpha.Wave75", "gamma", false)));
    }

    /** The histories found on MySQL ({@link Histories}) pass on H2 too. */
    @Test
    void historiesFoundOnMySqlPassOnH2() {
        assertClean(Histories.keyBecomesAutoIncrementWhileReferenced());
        assertClean(Histories.emptyBinaryDefault());
        assertClean(Histories.mergedStatementsOfARenamedModel());
    }

    private static ModelState model(String app, String name) {
        return new ModelState(app, name, app + "_" + name.toLowerCase(java.util.Locale.ROOT),
                List.of(Models.autoId()), List.of());
    }

    private static FieldState key(FieldType type, Integer length, boolean auto) {
        return new FieldState("uid", "uid", type, length, null, null, false, null, true, auto, false, false, null);
    }

    private static void assertClean(List<Change> steps) {
        EvolutionRunner.Failure failure = EvolutionRunner.run(steps, EvolutionIT::h2);
        assertThat(failure).as("%s", failure == null ? "" : failure.error()).isNull();
    }
}
