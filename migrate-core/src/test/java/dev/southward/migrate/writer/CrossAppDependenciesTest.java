package dev.southward.migrate.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.loader.MigrationLoader;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.OnDelete;
import dev.southward.migrate.state.ProjectState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which other apps' migrations a new migration depends on, both ways, and the order apps are made in (no database). */
class CrossAppDependenciesTest {
    @TempDir
    Path dir;

    @Test
    void newForeignKeyIntoAnotherAppDependsOnThatAppsLatestMigration() {
        make(state(model("auth.User")));
        make(state(model("auth.User", text("email"))));
        MakeResult made = make(state(model("auth.User", text("email")), model("shop.Item", fk("owner", "auth.User"))));
        assertThat(parents("shop.0001_initial")).containsExactly(key("auth.0002_auto__add_field_user_email"));
        assertThat(made.migrations()).hasSize(1);
    }

    @Test
    void newForeignKeyIntoAnAppMadeInTheSameRunDependsOnItsNewMigration() {
        make(state(model("auth.User"), model("shop.Item")));
        MakeResult made = make(state(model("auth.User"), model("auth.Group", text("name")),
                model("shop.Item", fk("group", "auth.Group"))));
        assertThat(made.migrations()).extracting(m -> m.key().toString())
                .containsExactly("auth.0002_auto__add_group", "shop.0002_auto__add_field_item_group_id");
        assertThat(parents("shop.0002_auto__add_field_item_group_id"))
                .containsExactlyInAnyOrder(key("shop.0001_initial"), key("auth.0002_auto__add_group"));
    }

    @Test
    void deleteDependsOnTheOtherAppsMigrationThatRetargetedItsForeignKeyInTheSameRun() {
        make(state(model("catalog.Brand"), model("shop.Item", fk("brand", "catalog.Brand"))));
        MakeResult made = make(state(model("catalog.Tag", text("label")), model("shop.Label", text("name")),
                model("shop.Item", fk("brand", "shop.Label"))));
        // catalog sorts first, but shop must give up its foreign key before catalog can delete Brand.
        assertThat(made.migrations()).extracting(m -> m.key().toString())
                .containsExactly("shop.0002_auto__add_label__chg_field_item_brand_id",
                        "catalog.0002_auto__del_brand__add_tag");
        assertThat(parents("catalog.0002_auto__del_brand__add_tag")).containsExactlyInAnyOrder(
                key("catalog.0001_initial"), key("shop.0002_auto__add_label__chg_field_item_brand_id"));
        assertThat(parents("shop.0002_auto__add_label__chg_field_item_brand_id"))
                .containsExactly(key("shop.0001_initial"));
    }

    @Test
    void deleteDependsOnTheOtherAppsEarlierMigrationThatRemovedItsForeignKey() {
        make(state(model("catalog.Brand"), model("catalog.Tag", text("label")),
                model("shop.Item", fk("brand", "catalog.Brand"), text("title"))));
        make(state(model("catalog.Brand"), model("catalog.Tag", text("label")), model("shop.Item", text("title"))),
                "shop");
        make(state(model("catalog.Brand"), model("catalog.Tag", text("label")),
                model("shop.Item", text("title"), text("note"))), "shop");
        make(state(model("catalog.Tag", text("label")), model("shop.Item", text("title"), text("note"))), "catalog");
        // The migration that removed the foreign key, not shop's latest.
        assertThat(parents("catalog.0002_auto__del_brand")).containsExactlyInAnyOrder(key("catalog.0001_initial"),
                key("shop.0002_auto__del_field_item_brand"));
    }

    @Test
    void deleteOfAModelNobodyReferencedDependsOnlyOnItsOwnApp() {
        make(state(model("catalog.Brand"), model("catalog.Tag", text("label")), model("shop.Item", text("title"))));
        make(state(model("catalog.Tag", text("label")), model("shop.Item", text("title"))));
        assertThat(parents("catalog.0002_auto__del_brand")).containsExactly(key("catalog.0001_initial"));
    }

    @Test
    void deleteWhileAnotherAppStillReferencesTheModelFailsClearlyAndWritesNothing() throws Exception {
        make(state(model("catalog.Brand"), model("catalog.Tag", text("label")),
                model("shop.Item", fk("brand", "catalog.Brand"))));
        ProjectState models = state(model("catalog.Tag", text("label")), model("shop.Item", text("title")));
        assertThatThrownBy(() -> make(models, "catalog")).isInstanceOf(SouthwardException.class)
                .hasMessage("Cannot make the migration of app catalog: delete model catalog.Brand does not apply: "
                        + "model catalog.Brand is still referenced by shop.Item.brand; remove that field first. "
                        + "Make the migrations of the apps that refer to it first, or of all apps together. "
                        + "Nothing was written.");
        assertThat(files()).containsExactly("catalog/0001_initial.json", "shop/0001_initial.json");
    }

    @Test
    void keyChangeDependsOnTheOtherAppsMigrationThatRemovedItsForeignKey() {
        make(state(model("catalog.Brand"), model("shop.Item", fk("brand", "catalog.Brand"), text("title"))));
        make(state(keyed("catalog.Brand"), model("shop.Item", text("title"))));
        assertThat(parents("catalog.0002_auto__chg_field_brand_id"))
                .containsExactlyInAnyOrder(key("catalog.0001_initial"), key("shop.0002_auto__del_field_item_brand"));
    }

    @Test
    void foreignKeyFollowingAKeyChangeDependsOnTheKeyChange() {
        make(state(model("catalog.Brand"), model("shop.Item", fk("brand", "catalog.Brand"))));
        FieldState follows = new FieldState("brand", "brand_id", FieldType.STRING, 255, null, null, true, null, false,
                false, false, false, new ForeignKeyRef("catalog.Brand", OnDelete.CASCADE));
        MakeResult made = make(state(keyed("catalog.Brand"), model("shop.Item", follows)));
        assertThat(made.migrations()).extracting(m -> m.key().toString())
                .containsExactly("catalog.0002_auto__chg_field_brand_id", "shop.0002_auto__chg_field_item_brand_id");
        assertThat(parents("shop.0002_auto__chg_field_item_brand_id")).containsExactlyInAnyOrder(
                key("shop.0001_initial"), key("catalog.0002_auto__chg_field_brand_id"));
        // The key change converts shop's column too: shop's table comes first, and backwards goes after it.
        assertThat(parents("catalog.0002_auto__chg_field_brand_id"))
                .containsExactlyInAnyOrder(key("catalog.0001_initial"), key("shop.0001_initial"));
    }

    @Test
    void keyChangeMadeAloneStillRecordsTheFollowingColumnsOfEveryOtherApp() {
        make(state(model("catalog.Brand"), model("shop.Item", fk("brand", "catalog.Brand")),
                model("promo.Deal", fk("brand", "catalog.Brand"), text("title"))));
        MakeResult made = make(state(keyed("catalog.Brand"), model("shop.Item", stringFk("brand", "catalog.Brand")),
                model("promo.Deal", stringFk("brand", "catalog.Brand"), text("title"))), "catalog");
        assertThat(made.migrations()).extracting(m -> m.key().toString()).containsExactly(
                "catalog.0002_auto__chg_field_brand_id", "promo.0002_auto__chg_field_deal_brand_id",
                "shop.0002_auto__chg_field_item_brand_id");
        assertThat(made.migrations().get(0).operations()).extracting(o -> o.describe("catalog"))
                .containsExactly("alter field catalog.Brand.id");
        assertThat(parents("catalog.0002_auto__chg_field_brand_id")).containsExactlyInAnyOrder(
                key("catalog.0001_initial"), key("promo.0001_initial"), key("shop.0001_initial"));
        assertThat(parents("promo.0002_auto__chg_field_deal_brand_id")).containsExactlyInAnyOrder(
                key("promo.0001_initial"), key("catalog.0002_auto__chg_field_brand_id"));
        // The snapshots agree with the replay: the next run finds nothing to do.
        assertThat(make(state(keyed("catalog.Brand"), model("shop.Item", stringFk("brand", "catalog.Brand")),
                model("promo.Deal", stringFk("brand", "catalog.Brand"), text("title")))).migrations()).isEmpty();
    }

    @Test
    void appMadeBeforeTheKeyChangeGetsASecondMigrationRecordingItsFollowingColumn() {
        make(state(model("store.Brand"), model("store.Tag"), model("shop.Item", fk("brand", "store.Brand"),
                fk("tag", "store.Tag"))));
        // shop gives up its key to Tag, whose key changes, so it is made first (the apps' order is a cycle), and
        // again after store.
        MakeResult made = make(state(keyed("store.Brand"), keyed("store.Tag"),
                model("shop.Item", stringFk("brand", "store.Brand"))));
        assertThat(made.migrations()).extracting(m -> m.key().toString()).containsExactly(
                "shop.0002_auto__del_field_item_tag", "store.0002_auto__chg_field_brand_id__chg_field_tag_id",
                "shop.0003_auto__chg_field_item_brand_id");
        assertThat(parents("shop.0003_auto__chg_field_item_brand_id")).containsExactlyInAnyOrder(
                key("shop.0002_auto__del_field_item_tag"), key("store.0002_auto__chg_field_brand_id__chg_field_tag_id"));
        assertThat(make(state(keyed("store.Brand"), keyed("store.Tag"),
                model("shop.Item", stringFk("brand", "store.Brand")))).migrations()).isEmpty();
    }

    @Test
    void renamedModelReferencedFromAnAppItPointsIntoIsRenamedFirstAndTheOtherAppOnlyFollows() {
        make(state(model("catalog.Brand", fk("item", "shop.Item")), model("shop.Item")));
        make(state(model("catalog.Brand", fk("item", "shop.Item")), model("shop.Item", fk("brand", "catalog.Brand"))));
        ProjectState renamed = state(model("catalog.Label", fk("item", "shop.Item")),
                model("shop.Item", fk("brand", "catalog.Label")));
        MigrationGraph graph = MigrationGraph.of(MigrationLoader.fromDirectory(dir));
        MakeResult made = new MigrationMaker(renamed, graph, dir).make(MakeRequest.auto()
                .answers(dev.southward.migrate.questioner.Answers.none().rename("catalog.Brand", "Label")));
        // catalog points into shop, but shop's foreign key follows the rename: catalog's migration comes first, and
        // shop's records the new target without an operation of its own (no retarget to a model not yet renamed).
        assertThat(made.migrations()).extracting(m -> m.key().toString())
                .containsExactly("catalog.0002_auto__rename_brand_to_label", "shop.0003_follow_catalog_0002");
        assertThat(made.migrations().get(1).operations()).isEmpty();
        assertThat(parents("catalog.0002_auto__rename_brand_to_label")).containsExactlyInAnyOrder(
                key("catalog.0001_initial"), key("shop.0002_auto__add_field_item_brand_id"));
    }

    private static FieldState stringFk(String name, String target) {
        return new FieldState(name, name + "_id", FieldType.STRING, 255, null, null, true, null, false, false, false,
                false, new ForeignKeyRef(target, OnDelete.CASCADE));
    }

    private MakeResult make(ProjectState models, String... apps) {
        MigrationGraph graph = MigrationGraph.of(MigrationLoader.fromDirectory(dir));
        return new MigrationMaker(models, graph, dir).make(MakeRequest.auto(apps));
    }

    private List<MigrationKey> parents(String key) {
        return new ArrayList<>(MigrationGraph.of(MigrationLoader.fromDirectory(dir)).parents(key(key)));
    }

    private static MigrationKey key(String key) {
        return MigrationKey.parse(key);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static ProjectState state(ModelState... models) {
        return ProjectState.of(List.of(models));
    }

    private static ModelState model(String key, FieldState... fields) {
        String app = key.substring(0, key.indexOf('.'));
        String name = key.substring(key.indexOf('.') + 1);
        List<FieldState> all = new ArrayList<>(List.of(new FieldState("id", "id", FieldType.LONG, null, null, null,
                false, null, true, true, false, false, null)));
        all.addAll(List.of(fields));
        return new ModelState(app, name, app + "_" + name.toLowerCase(Locale.ROOT), all, List.of());
    }

    /** The model with a string primary key instead of the auto id. */
    private static ModelState keyed(String key) {
        ModelState m = model(key);
        return new ModelState(m.app(), m.name(), m.table(), List.of(new FieldState("id", "id", FieldType.STRING, 255,
                null, null, false, null, true, false, false, false, null)), List.of());
    }

    private static FieldState fk(String name, String target) {
        return FieldState.of(name, name + "_id", FieldType.LONG).withNullable(true)
                .withForeignKey(new ForeignKeyRef(target, OnDelete.CASCADE));
    }

    private static FieldState text(String name) {
        return FieldState.of(name, name, FieldType.STRING).withNullable(true);
    }
}
