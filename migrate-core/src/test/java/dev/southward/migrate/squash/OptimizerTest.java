package dev.southward.migrate.squash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.AddIndex;
import dev.southward.migrate.operation.AlterField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.DeleteModel;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.operation.RemoveField;
import dev.southward.migrate.operation.RemoveIndex;
import dev.southward.migrate.operation.RenameField;
import dev.southward.migrate.operation.RenameModel;
import dev.southward.migrate.operation.RunJava;
import dev.southward.migrate.operation.RunSql;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.OnDelete;
import dev.southward.migrate.state.ProjectState;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptimizerTest {
    private static final String APP = "images";

    @Test
    void createThenAddFieldIsOneCreate() {
        List<Operation> out = check(ProjectState.empty(), create("Image", text("title")), add("Image", text("caption")));
        assertEquals(List.of(create("Image", text("title"), text("caption"))), out);
    }

    @Test
    void createThenAlterRenameRemoveFieldsAndIndexFoldIntoTheCreate() {
        List<Operation> out = check(ProjectState.empty(), create("Image", text("title"), text("note")),
                new AlterField("Image", text("title").withDefault("'x'"), null, true),
                new RenameField("Image", "title", "name", "name"), new RemoveField("Image", "note", null, false),
                new AddIndex("Image", new IndexState("image_name_idx", List.of("name"), false)));
        assertEquals(1, out.size());
        CreateModel c = (CreateModel) out.get(0);
        assertEquals(List.of("id", "name"), c.fields().stream().map(FieldState::name).toList());
        assertEquals("'x'", c.fields().get(1).defaultValue());
        assertEquals(List.of("image_name_idx"), c.indexes().stream().map(IndexState::name).toList());
    }

    @Test
    void createThenDeleteIsNothing() {
        assertEquals(List.of(), check(ProjectState.empty(), create("Image", text("title")),
                add("Image", text("caption")), new DeleteModel("Image")));
    }

    @Test
    void addThenRemoveIsNothing() {
        assertEquals(List.of(), check(existing(), add("Image", text("caption")),
                new RemoveField("Image", "caption", null, false)));
    }

    @Test
    void addIndexThenRemoveItIsNothing() {
        assertEquals(List.of(), check(existing(), new AddIndex("Image", new IndexState("i_title", List.of("title"),
                false)), new RemoveIndex("Image", "i_title")));
    }

    @Test
    void renamesChain() {
        assertEquals(List.of(new RenameField("Image", "title", "heading", "heading")), check(existing(),
                new RenameField("Image", "title", "name", "name"),
                new RenameField("Image", "name", "heading", "heading")));
        assertEquals(List.of(new RenameModel("Image", "Picture", "pictures")), check(existing(),
                new RenameModel("Image", "Photo", "photos"), new RenameModel("Photo", "Picture", "pictures")));
    }

    @Test
    void renameThenRemoveRemovesTheOldName() {
        assertEquals(List.of(new RemoveField("Image", "title", null, false)), check(existing(),
                new RenameField("Image", "title", "name", "name"), new RemoveField("Image", "name", null, false)));
    }

    @Test
    void altersMergeAndAlterThenRemoveIsTheRemove() {
        AlterField first = new AlterField("Image", text("title").withNullable(true), null, false);
        AlterField second = new AlterField("Image", text("title").withNullable(true).withDefault("'t'"), null, true);
        assertEquals(List.of(new AlterField("Image", second.field(), null, false)), check(existing(), first, second));
        assertEquals(List.of(new RemoveField("Image", "title", null, false)), check(existing(), first,
                new RemoveField("Image", "title", null, false)));
    }

    @Test
    void addThenAlterIsOneAddOnlyWhenNoValueOfExistingRowsChanges() {
        FieldState n = FieldState.of("n", "n", FieldType.INT).withNullable(true);
        assertEquals(List.of(new AddField("Image", n.withIndexed(true), null)), check(existing(),
                new AddField("Image", n, null), new AlterField("Image", n.withIndexed(true), null, false)));
        // Existing rows got the add's default; a folded add with the later default would fill them differently.
        FieldState d = FieldState.of("d", "d", FieldType.INT).withDefault("1");
        assertEquals(2, check(existing(), new AddField("Image", d, null),
                new AlterField("Image", d.withDefault("2"), null, true)).size());
    }

    @Test
    void aRenamedModelThenAFieldOnTheNewNameKeepTheirOrder() {
        List<Operation> ops = List.of(new RenameModel("Image", "Photo", "photos"), add("Photo", text("caption")));
        assertEquals(ops, check(existing(), ops.toArray(Operation[]::new)));
        // ... and fold into the create when the model is created in the range.
        assertEquals(List.of(new CreateModel("Photo", "photos", List.of(id(), text("caption")), List.of())),
                check(ProjectState.empty(), create("Image"), new RenameModel("Image", "Photo", "photos"),
                        add("Photo", text("caption"))));
    }

    @Test
    void dataMigrationsAreBarriersUnlessElidable() {
        Operation sql = new RunSql(List.of("INSERT INTO images (id) VALUES (1)"), List.of());
        assertEquals(3, check(ProjectState.empty(), create("Image"), sql, add("Image", text("caption"))).size());
        Operation java = new RunJava("app.Fill", null);
        assertEquals(3, check(ProjectState.empty(), create("Image"), java, add("Image", text("caption"))).size());
        assertEquals(List.of(create("Image", text("caption"))), check(ProjectState.empty(), create("Image"),
                new RunSql(List.of("INSERT INTO images (id) VALUES (1)"), List.of(), true),
                new RunJava("app.Fill", null, true), add("Image", text("caption"))));
    }

    @Test
    void unrelatedModelsCommuteSoFoldsReachAcrossThem() {
        List<Operation> out = check(ProjectState.empty(), create("Image"), create("Label", text("name")),
                add("Image", text("caption")));
        assertEquals(2, out.size());
        assertEquals(create("Image", text("caption")), out.stream().filter(o -> o instanceof CreateModel c
                && c.name().equals("Image")).findFirst().orElseThrow());
    }

    @Test
    void aFieldAddedToAReferencedModelMovesBeforeTheModelReferencingIt() {
        // Point's foreign key relies on Image existing, not on Image's other fields: the add folds into the create.
        assertEquals(List.of(create("Image", text("caption")), create("Point", fk("image", "images.Image"))),
                check(ProjectState.empty(), create("Image"), create("Point", fk("image", "images.Image")),
                        add("Image", text("caption"))));
    }

    @Test
    void aRenameOfAModelThatAnotherReferencesDoesNotMoveAcrossIt() {
        // The rename changes Point's foreign key (it follows): neither can move past the create of Point.
        List<Operation> ops = List.of(create("Image"), create("Point", fk("image", "images.Image")),
                new RenameModel("Image", "Photo", "photos"));
        assertEquals(ops, check(ProjectState.empty(), ops.toArray(Operation[]::new)));
    }

    @Test
    void aModelAndTheOneReferencingItBothCreatedAndDeletedAreNothing() {
        assertEquals(List.of(), check(ProjectState.empty(), create("Image"), create("Point",
                fk("image", "images.Image")), new DeleteModel("Point"), new DeleteModel("Image")));
    }

    @Test
    void aKeyChangeOfAReferencedModelDoesNotMoveAcrossTheReference() {
        FieldState code = FieldState.of("code", "code", FieldType.STRING);
        List<Operation> ops = List.of(create("Image", code), create("Point", fk("image", "images.Image")),
                new AlterField("Image", new FieldState("id", "id", FieldType.INT, null, null, null, false, null,
                        true, true, false, false, null), null, false));
        assertEquals(ops, check(ProjectState.empty(), ops.toArray(Operation[]::new)));
    }

    @Test
    void addForeignKeyThenRemoveItThenDeleteTheTarget() {
        ProjectState before = existing().with(CreateModel.of(create("Label").apply(APP, ProjectState.empty())
                .requireModel(APP, "Label")).apply(APP, ProjectState.empty()).requireModel(APP, "Label"));
        assertEquals(List.of(new DeleteModel("Label")), check(before, add("Image", fk("label", "images.Label")),
                new RemoveField("Image", "label", null, false), new DeleteModel("Label")));
        // Add a foreign key, delete the referencing model, then the target: the order stays.
        assertEquals(List.of(new DeleteModel("Image"), new DeleteModel("Label")), check(before,
                add("Image", fk("label", "images.Label")), new DeleteModel("Image"), new DeleteModel("Label")));
    }

    @Test
    void changesOfOneModelEndUpSideBySideWhereTheyCommuteWithWhatIsBetween() {
        ProjectState before = existing().with(create("Label", text("name")).apply(APP, ProjectState.empty())
                .requireModel(APP, "Label"));
        assertEquals(List.of(add("Image", text("a")), add("Image", text("b")), add("Label", text("c"))),
                check(before, add("Image", text("a")), add("Label", text("c")), add("Image", text("b"))));
        // A data migration in between: nothing moves across it.
        Operation sql = new RunSql(List.of("UPDATE images SET title = NULL"), List.of());
        List<Operation> ops = List.of(add("Image", text("a")), sql, add("Image", text("b")));
        assertEquals(ops, check(before, ops.toArray(Operation[]::new)));
    }

    /** Optimizes, and checks that the result ends in the same state as the input. */
    private static List<Operation> check(ProjectState before, Operation... ops) {
        List<Operation> out = Optimizer.optimize(APP, List.of(ops), before);
        assertEquals(replay(before, List.of(ops)), replay(before, out), "same final state");
        return out;
    }

    private static ProjectState replay(ProjectState state, List<Operation> ops) {
        for (Operation op : ops) {
            state = op.apply(APP, state);
        }
        return state;
    }

    private static ProjectState existing() {
        return create("Image", text("title")).apply(APP, ProjectState.empty());
    }

    private static CreateModel create(String name, FieldState... fields) {
        List<FieldState> all = new java.util.ArrayList<>(List.of(id()));
        all.addAll(List.of(fields));
        return new CreateModel(name, name.toLowerCase() + "s", all, List.of());
    }

    private static AddField add(String model, FieldState field) {
        return new AddField(model, field, null);
    }

    private static FieldState id() {
        return new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false, false,
                null);
    }

    private static FieldState text(String name) {
        return FieldState.of(name, name, FieldType.STRING);
    }

    private static FieldState fk(String name, String target) {
        return FieldState.of(name, name + "_id", FieldType.LONG).withNullable(true)
                .withForeignKey(new ForeignKeyRef(target, OnDelete.CASCADE));
    }
}
