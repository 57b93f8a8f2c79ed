package dev.southward.migrate.autodetect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.operation.AlterField;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.questioner.Answers;
import dev.southward.migrate.questioner.NonInteractiveQuestioner;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.OnDelete;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The autodetector's operations and their order, without a database: one small case per rule. Every case also
 * replays the operations on the old state and checks that they apply, in that order, and give the new state.
 */
class AutodetectorTest {

    // ---- creating models -------------------------------------------------------------------------------------

    @Test
    void newModelsComeAfterTheModelsTheyReferenceAndACycleIsClosedByAnAddedField() {
        ProjectState models = state(
                model("zoo.Animal", fk("keeper", "zoo.Keeper")), model("zoo.Keeper", fk("site", "zoo.Site")),
                model("zoo.Site"), model("zoo.Egg", fk("nest", "zoo.Nest")), model("zoo.Nest", fk("egg", "zoo.Egg")));
        assertThat(detect("zoo", ProjectState.empty(), models)).containsExactly(
                "create model zoo.Site", "create model zoo.Keeper", "create model zoo.Animal", "create model zoo.Egg",
                "create model zoo.Nest", "add field zoo.Egg.nest");
    }

    @Test
    void createTargetBeforeTheModelReferencingIt() {
        assertThat(detect("zoo", ProjectState.empty(), state(model("zoo.A", fk("b", "zoo.B")), model("zoo.B"))))
                .containsExactly("create model zoo.B", "create model zoo.A");
    }

    @Test
    void selfReferenceNeedsNoSeparateField() {
        assertThat(detect("zoo", ProjectState.empty(), state(model("zoo.Node", fk("parent", "zoo.Node")))))
                .containsExactly("create model zoo.Node");
    }

    @Test
    void createTargetBeforeForeignKeyAddedToExistingModel() {
        ProjectState from = state(model("zoo.A"));
        ProjectState to = state(model("zoo.A", fk("z", "zoo.Z")), model("zoo.Z"));
        assertThat(detect("zoo", from, to)).containsExactly("create model zoo.Z", "add field zoo.A.z");
    }

    @Test
    void createTargetBeforeForeignKeyRetargetedToIt() {
        ProjectState from = state(model("zoo.A", fk("b", "zoo.B")), model("zoo.B"));
        ProjectState to = state(model("zoo.A", fk("b", "zoo.C")), model("zoo.B"), model("zoo.C"));
        assertThat(detect("zoo", from, to)).containsExactly("create model zoo.C", "alter field zoo.A.b");
    }

    @Test
    void foreignKeyIntoAnotherAppWaitsForNothingInThisApp() {
        ProjectState from = state(model("shop.Item"), model("auth.User"));
        ProjectState to = state(model("shop.Item", fk("owner", "auth.User")), model("auth.User"));
        assertThat(detect("shop", from, to)).containsExactly("add field shop.Item.owner");
    }

    // ---- deleting models -------------------------------------------------------------------------------------

    @Test
    void deleteAfterFkRetargetedAway() {
        ProjectState from = state(model("app.A", fk("b", "app.B")), model("app.B"));
        ProjectState to = state(model("app.A", fk("b", "app.C")), model("app.C", text("c")));
        assertThat(detect("app", from, to))
                .containsExactly("create model app.C", "alter field app.A.b", "delete model app.B");
    }

    @Test
    void deleteAfterFkRetargetedToAnExistingModel() {
        ProjectState from = state(model("app.A", fk("b", "app.B")), model("app.B"), model("app.C"));
        ProjectState to = state(model("app.A", fk("b", "app.C")), model("app.C"));
        assertThat(detect("app", from, to)).containsExactly("alter field app.A.b", "delete model app.B");
    }

    @Test
    void deleteAfterReferencingFieldRemoved() {
        ProjectState from = state(model("app.A", fk("b", "app.B")), model("app.B"));
        ProjectState to = state(model("app.A"));
        assertThat(detect("app", from, to)).containsExactly("remove field app.A.b", "delete model app.B");
    }

    @Test
    void referencingModelDeletedBeforeItsTarget() {
        ProjectState from = state(model("app.A"), model("app.B", fk("a", "app.A")), model("app.C"));
        assertThat(detect("app", from, state(model("app.C"))))
                .containsExactly("delete model app.B", "delete model app.A");
    }

    @Test
    void chainOfDeletedModelsGoesFromTheReferencingEnd() {
        ProjectState from = state(model("app.A", fk("b", "app.B")), model("app.B", fk("c", "app.C")), model("app.C"));
        assertThat(detect("app", from, ProjectState.empty()))
                .containsExactly("delete model app.A", "delete model app.B", "delete model app.C");
    }

    @Test
    void cycleAmongDeletedModelsIsOpenedByRemovingAField() {
        ProjectState from = state(model("app.Egg", fk("nest", "app.Nest")), model("app.Nest", fk("egg", "app.Egg")));
        assertThat(detect("app", from, ProjectState.empty()))
                .containsExactly("remove field app.Egg.nest", "delete model app.Nest", "delete model app.Egg");
    }

    @Test
    void selfReferencingModelIsDeletedInOneStep() {
        assertThat(detect("app", state(model("app.Node", fk("parent", "app.Node"))), ProjectState.empty()))
                .containsExactly("delete model app.Node");
    }

    @Test
    void newModelTakingTheTableOfADeletedOneComesAfterTheDelete() {
        ProjectState from = state(new ModelState("app", "Old", "app_shared", List.of(id(), text("a")), List.of()));
        ProjectState to = state(new ModelState("app", "Fresh", "app_shared", List.of(id(), text("b")), List.of()));
        assertThat(detect("app", from, to, Answers.none().notRenamed("app.Old")))
                .containsExactly("delete model app.Old", "create model app.Fresh");
    }

    @Test
    void modelReplacedByANewOneWhileItsReferencesMove() {
        ProjectState from = state(model("app.A", fk("b", "app.B")), model("app.D", fk("b", "app.B")), model("app.B"));
        ProjectState to = state(model("app.A", fk("b", "app.C")), model("app.D"), model("app.C", text("c")));
        assertThat(detect("app", from, to)).containsExactly("remove field app.D.b", "create model app.C",
                "alter field app.A.b", "delete model app.B");
    }

    // ---- indexes ---------------------------------------------------------------------------------------------

    @Test
    void indexRemovalBeforeFieldRemoval() {
        ProjectState from = state(index(model("app.A", text("x"), text("y")), "app_a_xy", false, "x", "y"));
        ProjectState to = state(model("app.A", text("y")));
        assertThat(detect("app", from, to))
                .containsExactly("remove index app_a_xy from app.A", "remove field app.A.x");
    }

    @Test
    void indexAddedAfterItsField() {
        ProjectState from = state(model("app.A", text("y")));
        ProjectState to = state(index(model("app.A", text("y"), text("x")), "app_a_xy", true, "x", "y"));
        assertThat(detect("app", from, to))
                .containsExactly("add field app.A.x", "add unique index app_a_xy on app.A");
    }

    @Test
    void changedIndexIsRemovedBeforeItIsAddedAgainUnderTheSameName() {
        ProjectState from = state(index(model("app.A", text("x"), text("y")), "app_a_i", false, "x"));
        ProjectState to = state(index(model("app.A", text("x"), text("y")), "app_a_i", false, "x", "y"));
        assertThat(detect("app", from, to))
                .containsExactly("remove index app_a_i from app.A", "add index app_a_i on app.A");
    }

    @Test
    void indexOfANewModelIsPartOfItsCreate() {
        assertThat(detect("app", ProjectState.empty(), state(index(model("app.A", text("x")), "app_a_x", false, "x"))))
                .containsExactly("create model app.A");
    }

    // ---- renames ---------------------------------------------------------------------------------------------

    @Test
    void renamedModelComesFirstAndLaterOperationsUseItsNewName() {
        ProjectState from = state(model("app.Old", text("a")));
        ProjectState to = state(index(new ModelState("app", "New", "app_new", List.of(id(), text("a")), List.of()),
                "new_a", false, "a"));
        assertThat(detect("app", from, to, Answers.none().rename("app.Old", "New")))
                .containsExactly("rename model app.Old to New", "add index new_a on app.New");
    }

    @Test
    void modelNotRenamedIsDeletedAndCreated() {
        ProjectState from = state(model("app.Old", text("a")));
        ProjectState to = state(new ModelState("app", "New", "app_new", List.of(id(), text("a")), List.of()));
        assertThat(detect("app", from, to, Answers.none().notRenamed("app.Old")))
                .containsExactly("delete model app.Old", "create model app.New");
    }

    @Test
    void renamedFieldComesBeforeAnIndexOverItsNewName() {
        ProjectState from = state(model("app.A", text("a")));
        ProjectState to = state(index(model("app.A", text("b")), "a_b", false, "b"));
        assertThat(detect("app", from, to, Answers.none().rename("app.A.a", "b")))
                .containsExactly("rename field app.A.a to b", "add index a_b on app.A");
    }

    @Test
    void fieldNotRenamedIsRemovedAndAdded() {
        ProjectState from = state(model("app.A", text("a")));
        ProjectState to = state(model("app.A", text("b")));
        assertThat(detect("app", from, to, Answers.none().notRenamed("app.A.a")))
                .containsExactly("remove field app.A.a", "add field app.A.b");
    }

    @Test
    void newModelReferencingARenamedModelComesAfterTheRename() {
        ProjectState from = state(model("app.T", text("t")));
        ProjectState to = state(new ModelState("app", "U", "app_u", List.of(id(), text("t")), List.of()),
                model("app.A", fk("u", "app.U")));
        assertThat(detect("app", from, to, Answers.none().rename("app.T", "U")))
                .containsExactly("rename model app.T to U", "create model app.A");
    }

    @Test
    void columnRenameComesBeforeTheAlterationOfTheSameField() {
        ProjectState from = state(model("app.A", text("x")));
        ProjectState to = state(model("app.A", text("x").withName("x", "x2").withNullable(false)));
        assertThat(detect("app", from, to, Answers.none().ignoreNulls("app.A.x")))
                .containsExactly("rename field app.A.x to x", "alter field app.A.x");
    }

    @Test
    void tableRenameComesBeforeAnIndexOnTheModel() {
        ProjectState from = state(model("app.A", text("x")));
        ProjectState to = state(index(model("app.A", text("x")), "a_x", false, "x"));
        to = to.with(to.requireModel("app", "A").withName("A", "app_aa"));
        assertThat(detect("app", from, to)).containsExactly("rename model app.A to A", "add index a_x on app.A");
    }

    @Test
    void indexOnARenamedFieldIsRemovedUnderItsNewFieldName() {
        ProjectState from = state(index(model("app.A", text("x"), num("n")), "a_x", false, "x"));
        ProjectState to = state(model("app.A", text("y"), num("n")));
        assertThat(detect("app", from, to, Answers.none().rename("app.A.x", "y")))
                .containsExactly("rename field app.A.x to y", "remove index a_x from app.A");
    }

    // ---- primary keys and the foreign keys that follow them --------------------------------------------------

    @Test
    void keyChangeBeforeTheForeignKeysThatFollowIt() {
        ProjectState from = state(model("app.A", fk("t", "app.T")), model("app.T"));
        ProjectState to = state(model("app.A", typed(fk("t", "app.T"), FieldType.STRING)),
                new ModelState("app", "T", "app_t", List.of(stringId()), List.of()));
        // The key's operation takes the foreign key column along (see KeyTypeChange): no operation of its own.
        assertThat(detect("app", from, to)).containsExactly("alter field app.T.id");
    }

    @Test
    void selfReferenceFollowsItsModelsKeyWithinTheKeysOperation() {
        ProjectState from = state(model("app.Node", fk("parent", "app.Node")));
        ProjectState to = state(new ModelState("app", "Node", "app_node",
                List.of(stringId(), typed(fk("parent", "app.Node"), FieldType.STRING)), List.of()));
        assertThat(detect("app", from, to)).containsExactly("alter field app.Node.id");
    }

    @Test
    void foreignKeyChangedOtherwiseToo_isAlteredAfterTheKeyItFollows() {
        ProjectState from = state(model("app.A", fk("t", "app.T")), model("app.Node", fk("parent", "app.Node")),
                model("app.T"));
        ProjectState to = state(model("app.A", typed(fk("t", "app.T"), FieldType.STRING).withNullable(false)),
                new ModelState("app", "Node", "app_node", List.of(stringId(),
                        typed(fk("parent", "app.Node"), FieldType.STRING).withNullable(false)), List.of()),
                new ModelState("app", "T", "app_t", List.of(stringId()), List.of()));
        List<Operation> ops = operations("app", from, to, Answers.none().defaultFor("app.A.t", "x")
                .defaultFor("app.Node.parent", "x"));
        assertThat(ops).extracting(o -> o.describe("app")).containsExactly("alter field app.Node.id",
                "alter field app.Node.parent", "alter field app.T.id", "alter field app.A.t");
    }

    @Test
    void foreignKeyIntoAnotherAppFollowsAKeyChangeMadeThereLater() {
        // Only shop is made: catalog's key change (made later) takes shop's column along.
        ProjectState from = state(model("catalog.T"), model("shop.A", fk("t", "catalog.T")));
        ProjectState to = state(new ModelState("catalog", "T", "catalog_t", List.of(stringId()), List.of()),
                model("shop.A", typed(fk("t", "catalog.T"), FieldType.STRING)));
        assertThat(Autodetector.detect("shop", from, to, new NonInteractiveQuestioner(Answers.none())).operations())
                .isEmpty();
    }

    @Test
    void foreignKeyAddedAfterTheKeyChangeOfItsTarget() {
        ProjectState from = state(model("app.A"), model("app.T"));
        ProjectState to = state(model("app.A", typed(fk("t", "app.T"), FieldType.STRING)),
                new ModelState("app", "T", "app_t", List.of(stringId()), List.of()));
        assertThat(detect("app", from, to)).containsExactly("alter field app.T.id", "add field app.A.t");
    }

    @Test
    void foreignKeyRemovedBeforeTheKeyChangeOfItsTarget() {
        ProjectState from = state(model("app.A", fk("t", "app.T")), model("app.T"));
        ProjectState to = state(model("app.A"), new ModelState("app", "T", "app_t", List.of(stringId()), List.of()));
        assertThat(detect("app", from, to)).containsExactly("remove field app.A.t", "alter field app.T.id");
    }

    @Test
    void foreignKeyMovedAwayBeforeTheKeyChangeOfItsOldTarget() {
        ProjectState from = state(model("app.A", fk("t", "app.T")), model("app.T"), model("app.U"));
        ProjectState to = state(model("app.A", fk("t", "app.U")), model("app.U"),
                new ModelState("app", "T", "app_t", List.of(stringId()), List.of()));
        assertThat(detect("app", from, to)).containsExactly("alter field app.A.t", "alter field app.T.id");
    }

    // ---- default-only changes --------------------------------------------------------------------------------

    @Test
    void defaultOnlyChangeIsDescribedAndNamedAsSuch() {
        ProjectState from = state(model("images.Image", num("width").withDefault("640")));
        ProjectState to = state(model("images.Image", num("width").withDefault("800")));
        List<Operation> ops = operations("images", from, to, Answers.none());
        assertThat(ops).singleElement().isInstanceOfSatisfying(AlterField.class, a -> {
            assertThat(a.defaultOnly()).isTrue();
            assertThat(a.describe("images")).isEqualTo("change default of images.Image.width");
            assertThat(a.slug()).isEqualTo("chg_default_image_width");
        });
    }

    @Test
    void droppedDefaultIsADefaultOnlyChange() {
        ProjectState from = state(model("app.A", num("n").withDefault("1")));
        ProjectState to = state(model("app.A", num("n")));
        assertThat(detect("app", from, to)).containsExactly("change default of app.A.n");
    }

    @Test
    void addedDefaultIsADefaultOnlyChange() {
        ProjectState from = state(model("app.A", num("n")));
        ProjectState to = state(model("app.A", num("n").withDefault("0")));
        assertThat(detect("app", from, to)).containsExactly("change default of app.A.n");
    }

    @Test
    void defaultChangedTogetherWithTheTypeIsAFullAlteration() {
        ProjectState from = state(model("app.A", num("n").withDefault("1")));
        ProjectState to = state(model("app.A", typed(num("n"), FieldType.LONG).withDefault("2")));
        assertThat(operations("app", from, to, Answers.none())).singleElement()
                .isInstanceOfSatisfying(AlterField.class, a -> assertThat(a.defaultOnly()).isFalse());
    }

    @Test
    void defaultChangedTogetherWithNullabilityIsAFullAlteration() {
        ProjectState from = state(model("app.A", num("n").withDefault("1")));
        ProjectState to = state(model("app.A", num("n").withNullable(false).withDefault("2")));
        assertThat(detect("app", from, to)).containsExactly("alter field app.A.n");
    }

    // ---- order of independent operations, determinism, scale -------------------------------------------------

    @Test
    void independentOperationsKeepSouthsOrder() {
        ProjectState from = state(index(model("app.A", text("x"), text("old")), "a_x", false, "x"), model("app.Gone"));
        ProjectState to = state(model("app.A", text("x").withNullable(false).withDefault("-"), num("fresh")),
                model("app.New", num("n")));
        assertThat(detect("app", from, to)).containsExactly(
                "remove index a_x from app.A", "remove field app.A.old", "delete model app.Gone",
                "create model app.New", "add field app.A.fresh", "alter field app.A.x");
    }

    @Test
    void noChangesNoOperations() {
        ProjectState s = state(model("app.A", fk("b", "app.B")), model("app.B"));
        assertThat(detect("app", s, s)).isEmpty();
    }

    @Test
    void otherAppsAreLeftAlone() {
        ProjectState from = state(model("app.A"), model("other.X"));
        ProjectState to = state(model("app.A"), model("other.Y"));
        assertThat(detect("app", from, to)).isEmpty();
    }

    @Test
    void theSameChangesGiveTheSameOrderEveryTime() {
        ProjectState from = state(model("app.A", fk("b", "app.B")), model("app.B"), model("app.D", fk("b", "app.B")));
        ProjectState to = state(model("app.A", fk("b", "app.C")), model("app.C", text("c")),
                model("app.D", fk("b", "app.C")));
        List<String> first = detect("app", from, to);
        for (int i = 0; i < 5; i++) {
            assertThat(detect("app", from, to)).isEqualTo(first);
        }
        assertThat(first).containsExactly("create model app.C", "alter field app.A.b", "alter field app.D.b",
                "delete model app.B");
    }

    @Test
    void thousandsOfModelsStayFast() {
        List<ModelState> chain = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            chain.add(i == 0 ? model("big.M0") : model("big.M" + i, fk("prev", "big.M" + (i - 1))));
        }
        List<String> created = detect("big", ProjectState.empty(), ProjectState.of(chain));
        assertThat(created).hasSize(3000);
        assertThat(created.get(0)).isEqualTo("create model big.M0");
        assertThat(created.get(2999)).isEqualTo("create model big.M2999");
        List<String> deleted = detect("big", ProjectState.of(chain), ProjectState.empty());
        assertThat(deleted.get(0)).isEqualTo("delete model big.M2999");
        assertThat(deleted.get(2999)).isEqualTo("delete model big.M0");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** The descriptions of the detected operations, after checking that they turn {@code from} into {@code to}. */
    private static List<String> detect(String app, ProjectState from, ProjectState to) {
        return detect(app, from, to, Answers.none());
    }

    private static List<String> detect(String app, ProjectState from, ProjectState to, Answers answers) {
        return operations(app, from, to, answers).stream().map(o -> o.describe(app)).toList();
    }

    private static List<Operation> operations(String app, ProjectState from, ProjectState to, Answers answers) {
        NonInteractiveQuestioner questioner = new NonInteractiveQuestioner(answers);
        Autodetector.Detection d = Autodetector.detect(app, from, to, questioner);
        assertThat(d.unanswered()).as("unanswered questions").isFalse();
        ProjectState replayed = from;
        for (Operation op : d.operations()) {
            replayed = op.apply(app, replayed);
        }
        assertThat(replayed.onlyApp(app)).as("the operations give the new state").isEqualTo(to.onlyApp(app));
        return d.operations();
    }

    private static ProjectState state(ModelState... models) {
        return ProjectState.of(List.of(models));
    }

    /** {@code app.Name} with an auto id and the given fields, table {@code app_name}. */
    private static ModelState model(String key, FieldState... fields) {
        String app = key.substring(0, key.indexOf('.'));
        String name = key.substring(key.indexOf('.') + 1);
        List<FieldState> all = new ArrayList<>(List.of(id()));
        all.addAll(List.of(fields));
        return new ModelState(app, name, app + "_" + name.toLowerCase(Locale.ROOT), all, List.of());
    }

    private static ModelState index(ModelState m, String name, boolean unique, String... fields) {
        return m.withIndex(new IndexState(name, List.of(fields), unique));
    }

    private static FieldState id() {
        return new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false, false,
                null);
    }

    private static FieldState stringId() {
        return new FieldState("id", "id", FieldType.STRING, 255, null, null, false, null, true, false, false, false,
                null);
    }

    /** The field with another type (a string gets length 255). */
    private static FieldState typed(FieldState f, FieldType type) {
        return new FieldState(f.name(), f.column(), type, type == FieldType.STRING ? 255 : null, f.precision(),
                f.scale(), f.nullable(), f.defaultValue(), f.primaryKey(), f.autoIncrement(), f.unique(), f.indexed(),
                f.foreignKey());
    }

    private static FieldState fk(String name, String target) {
        return FieldState.of(name, name + "_id", FieldType.LONG).withNullable(true)
                .withForeignKey(new ForeignKeyRef(target, OnDelete.CASCADE));
    }

    private static FieldState text(String name) {
        return FieldState.of(name, name, FieldType.STRING).withNullable(true);
    }

    private static FieldState num(String name) {
        return FieldState.of(name, name, FieldType.INT).withNullable(true);
    }
}
