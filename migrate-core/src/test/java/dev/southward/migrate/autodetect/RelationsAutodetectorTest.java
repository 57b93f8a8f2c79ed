package dev.southward.migrate.autodetect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.dialect.h2.H2Dialect;
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
import org.junit.jupiter.api.Test;

/** The autodetector on unmanaged models, many-to-many join models and models moved between apps. */
class RelationsAutodetectorTest {

    @Test
    void anUnmanagedModelEntersTheStateWithoutSql() {
        ProjectState to = state(unmanaged(model("auth.User", text("name"))));
        List<Operation> ops = operations("auth", ProjectState.empty(), to);
        assertThat(ops).extracting(o -> o.describe("auth")).containsExactly("create unmanaged model auth.User");
        assertThat(ops.get(0).forwards("auth", ProjectState.empty(), new H2Dialect())).isEmpty();
        assertThat(ops.get(0).backwards("auth", ProjectState.empty(), new H2Dialect())).isEmpty();
        assertThat(ops.get(0).preconditions("auth", ProjectState.empty())).isEmpty();
    }

    @Test
    void changesToAnUnmanagedModelRenderNoSql() {
        ProjectState from = state(unmanaged(model("auth.User", text("name"))));
        ProjectState to = state(unmanaged(model("auth.User", text("name"), text("email"))));
        List<Operation> ops = operations("auth", from, to);
        assertThat(ops).extracting(o -> o.describe("auth")).containsExactly("add field auth.User.email");
        assertThat(ops.get(0).forwards("auth", from, new H2Dialect())).isEmpty();
    }

    @Test
    void leavingManagementComesBeforeTheOtherChangesAndTakingOverAfterThem() {
        ProjectState managed = state(model("auth.User", text("name")));
        ProjectState unmanagedMore = state(unmanaged(model("auth.User", text("name"), text("email"))));
        assertThat(describe("auth", managed, unmanagedMore)).containsExactly(
                "alter options of auth.User (unmanaged)", "add field auth.User.email");
        assertThat(describe("auth", unmanagedMore, managed)).containsExactly(
                "remove field auth.User.email", "alter options of auth.User (managed)");
    }

    @Test
    void aManyToManyFieldIsAJoinModelCreatedAfterItsTargetsAndDeletedBeforeThem() {
        ProjectState from = state(model("lib.Book"));
        ProjectState to = state(model("lib.Book"), model("lib.Tag"), join("lib.Book", "tags", "lib.Tag"));
        assertThat(describe("lib", from, to)).containsExactly("create model lib.Tag",
                "create join table lib_book_tags of lib.Book.tags");
        assertThat(describe("lib", to, from)).containsExactly("delete model lib.Book_tags", "delete model lib.Tag");
    }

    @Test
    void renamingAManyToManyFieldIsAskedAsARenameOfItsJoinModel() {
        ProjectState from = state(model("lib.Book"), model("lib.Tag"), join("lib.Book", "tags", "lib.Tag"));
        ProjectState to = state(model("lib.Book"), model("lib.Tag"), join("lib.Book", "labels", "lib.Tag"));
        Autodetector.Detection d = Autodetector.detect("lib", from, to,
                new NonInteractiveQuestioner(Answers.none().rename("lib.Book_tags", "Book_labels")));
        assertThat(d.operations()).extracting(o -> o.describe("lib")).containsExactly(
                "rename model lib.Book_tags to Book_labels", "remove index lib_book_tags_uniq from lib.Book_labels",
                "add unique index lib_book_labels_uniq on lib.Book_labels",
                "alter options of lib.Book_labels (managed, join table of Book.labels)");
    }

    @Test
    void aModelMovedBetweenAppsIsAMoveInTheNewAppAndARecordInTheOldOne() {
        ProjectState from = state(model("catalog.Product", text("name")), model("shop.Order",
                fk("product", "catalog.Product")));
        ProjectState to = state(model("inventory.Product", text("name")), model("shop.Order",
                fk("product", "inventory.Product")));
        NonInteractiveQuestioner q = new NonInteractiveQuestioner(Answers.none()
                .move("catalog.Product", "inventory.Product"));
        MoveDetector.Result moves = MoveDetector.detect(List.of("catalog", "inventory", "shop"), from, to, q);
        assertThat(moves.moves()).containsExactly(
                new MoveDetector.Move("catalog.Product", "inventory.Product", "inventory_product"));
        Autodetector.Detection in = Autodetector.detect("inventory", from, to, q, moves.moves());
        assertThat(in.operations()).extracting(o -> o.describe("inventory"))
                .containsExactly("move model catalog.Product to inventory.Product");
        ProjectState moved = in.operations().get(0).apply("inventory", from);
        assertThat(moved.requireModel("shop", "Order").requireField("product").foreignKey().model())
                .isEqualTo("inventory.Product");
        Autodetector.Detection out = Autodetector.detect("catalog", moved, to, q, moves.moves());
        assertThat(out.operations()).extracting(o -> o.describe("catalog"))
                .containsExactly("model catalog.Product moved to inventory.Product");
        assertThat(Autodetector.detect("shop", moved, to, q, moves.moves()).operations()).isEmpty();
    }

    @Test
    void aRenamedModelTakesItsJoinTableAndItsColumnAlongWithoutAQuestionOfTheirOwn() {
        ProjectState from = state(model("lib.Book"), model("lib.Tag"), join("lib.Book", "tags", "lib.Tag"));
        ProjectState to = state(model("lib.Volume"), model("lib.Tag"), join("lib.Volume", "tags", "lib.Tag"));
        NonInteractiveQuestioner q = new NonInteractiveQuestioner(Answers.none().rename("lib.Book", "Volume"));
        MoveDetector.Result moves = MoveDetector.detect(List.of("lib"), from, to, q);
        assertThat(moves.moves()).containsExactly(new MoveDetector.Move("lib.Book", "lib.Volume", "lib_volume"),
                new MoveDetector.Move("lib.Book_tags", "lib.Volume_tags", "lib_volume_tags"));
        List<Operation> ops = replayed("lib", from, to, q, moves.moves());
        assertThat(ops).extracting(o -> o.describe("lib")).startsWith("rename model lib.Book to Volume",
                "rename model lib.Book_tags to Volume_tags", "rename field lib.Volume_tags.book to volume")
                .noneMatch(d -> d.startsWith("delete model") || d.startsWith("create model"));
        assertThat(q.unanswered()).isEmpty();
    }

    @Test
    void aJoinTableColumnFollowsItsTargetRenamedInAnotherApp() {
        ProjectState from = state(model("lib.Book"), model("tags.Tag"), join("lib.Book", "tags", "tags.Tag"));
        ProjectState to = state(model("lib.Book"), model("tags.Label"), join("lib.Book", "tags", "tags.Label"));
        NonInteractiveQuestioner q = new NonInteractiveQuestioner(Answers.none().rename("tags.Tag", "Label"));
        MoveDetector.Result moves = MoveDetector.detect(List.of("lib", "tags"), from, to, q);
        List<Operation> tagOps = replayed("tags", from, to, q, moves.moves());
        ProjectState afterTags = from;
        for (Operation op : tagOps) {
            afterTags = op.apply("tags", afterTags);
        }
        assertThat(replayed("lib", afterTags, to, q, moves.moves())).extracting(o -> o.describe("lib"))
                .startsWith("rename field lib.Book_tags.tag to label")
                .noneMatch(d -> d.startsWith("remove field") || d.startsWith("add field"));
        assertThat(q.unanswered()).isEmpty();
    }

    @Test
    void aModelMovedToAnotherAppTakesItsJoinTableAlong() {
        ProjectState from = state(model("catalog.Product"), model("catalog.Tag"),
                join("catalog.Product", "tags", "catalog.Tag"));
        ModelState movedJoin = join("inventory.Product", "tags", "catalog.Tag");
        ProjectState to = state(model("inventory.Product"), model("catalog.Tag"), new ModelState("inventory",
                movedJoin.name(), "catalog_product_tags", movedJoin.fields(), movedJoin.indexes(), true,
                movedJoin.joinFor()));
        NonInteractiveQuestioner q = new NonInteractiveQuestioner(Answers.none()
                .move("catalog.Product", "inventory.Product"));
        MoveDetector.Result moves = MoveDetector.detect(List.of("catalog", "inventory"), from, to, q);
        assertThat(moves.moves()).contains(new MoveDetector.Move("catalog.Product_tags", "inventory.Product_tags",
                "catalog_product_tags"));
        assertThat(replayed("inventory", from, to, q, moves.moves())).extracting(o -> o.describe("inventory"))
                .contains("move model catalog.Product_tags to inventory.Product_tags")
                .noneMatch(d -> d.startsWith("create model"));
        assertThat(q.unanswered()).isEmpty();
    }

    @Test
    void aMoveIsAskedAndWithoutAnAnswerTheQuestionIsListed() {
        ProjectState from = state(model("catalog.Product", text("name")));
        ProjectState to = state(model("inventory.Product", text("name")));
        NonInteractiveQuestioner q = new NonInteractiveQuestioner(Answers.none());
        assertThat(MoveDetector.detect(List.of("catalog", "inventory"), from, to, q).unanswered()).isTrue();
        assertThat(q.unanswered()).singleElement().asString().contains(
                "Did you move catalog.Product to inventory.Product?", "renames catalog.Product=inventory.Product");
        NonInteractiveQuestioner no = new NonInteractiveQuestioner(Answers.none().notRenamed("catalog.Product"));
        assertThat(MoveDetector.detect(List.of("catalog", "inventory"), from, to, no).moves()).isEmpty();
    }

    /** The operations of {@code app} with the given moves, checked to give the app's part of {@code to}. */
    private static List<Operation> replayed(String app, ProjectState from, ProjectState to,
            NonInteractiveQuestioner q, List<MoveDetector.Move> moves) {
        Autodetector.Detection d = Autodetector.detect(app, from, to, q, moves);
        assertThat(d.unanswered()).isFalse();
        ProjectState replayed = from;
        for (Operation op : d.operations()) {
            replayed = op.apply(app, replayed);
        }
        assertThat(replayed.onlyApp(app)).isEqualTo(to.onlyApp(app));
        return d.operations();
    }

    private static List<String> describe(String app, ProjectState from, ProjectState to) {
        return operations(app, from, to).stream().map(o -> o.describe(app)).toList();
    }

    /** The operations, checked to apply in order and to give the new state. */
    private static List<Operation> operations(String app, ProjectState from, ProjectState to) {
        Autodetector.Detection d = Autodetector.detect(app, from, to, new NonInteractiveQuestioner(Answers.none()));
        assertThat(d.unanswered()).isFalse();
        ProjectState replayed = from;
        for (Operation op : d.operations()) {
            replayed = op.apply(app, replayed);
        }
        assertThat(replayed.onlyApp(app)).isEqualTo(to.onlyApp(app));
        return d.operations();
    }

    private static ProjectState state(ModelState... models) {
        return ProjectState.of(List.of(models));
    }

    private static ModelState model(String key, FieldState... fields) {
        String app = key.substring(0, key.indexOf('.'));
        String name = key.substring(key.indexOf('.') + 1);
        List<FieldState> all = new ArrayList<>();
        all.add(new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false, false,
                null));
        all.addAll(List.of(fields));
        return new ModelState(app, name, app + "_" + name.toLowerCase(java.util.Locale.ROOT), all, List.of());
    }

    private static ModelState unmanaged(ModelState m) {
        return m.withOptions(false, null);
    }

    /** The join model the scanner makes for {@code owner.field} to {@code target}. */
    private static ModelState join(String owner, String field, String target) {
        String app = owner.substring(0, owner.indexOf('.'));
        String ownerName = owner.substring(owner.indexOf('.') + 1);
        String a = ownerName.toLowerCase(java.util.Locale.ROOT);
        String b = target.substring(target.indexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        ModelState m = model(app + "." + ownerName + "_" + field, fk(a, owner), fk(b, target));
        m = new ModelState(app, m.name(), app + "_" + a + "_" + field, m.fields(),
                List.of(new IndexState(app + "_" + a + "_" + field + "_uniq", List.of(a, b), true)), true,
                ownerName + "." + field);
        return m;
    }

    private static FieldState fk(String name, String target) {
        return FieldState.of(name, name + "_id", FieldType.LONG).withForeignKey(new ForeignKeyRef(target,
                OnDelete.CASCADE));
    }

    private static FieldState text(String name) {
        return FieldState.of(name, name, FieldType.STRING).withNullable(true);
    }
}
