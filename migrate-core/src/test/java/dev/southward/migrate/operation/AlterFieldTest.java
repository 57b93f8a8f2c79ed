package dev.southward.migrate.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.dialect.h2.H2Dialect;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.OnDelete;
import dev.southward.migrate.state.ProjectState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A change of the default alone: cheap statements both ways, and nothing else may change (no database). */
class AlterFieldTest {
    private static final FieldState ID = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null,
            true, true, false, false, null);
    private static final FieldState OWNER = FieldState.of("owner", "owner_id", FieldType.LONG).withNullable(true)
            .withForeignKey(new ForeignKeyRef("app.User", OnDelete.CASCADE));
    private static final FieldState WIDTH = FieldState.of("width", "width", FieldType.INT).withDefault("640");
    private static final ProjectState STATE = ProjectState.of(List.of(
            new ModelState("app", "User", "app_user", List.of(ID), List.of()),
            new ModelState("app", "Image", "app_image", List.of(ID, OWNER, WIDTH), List.of())));

    @Test
    void retypedKeyTakesEveryReferencingColumnAlongInTheStateOfEveryApp() {
        FieldState intId = new FieldState("id", "id", FieldType.INT, null, null, null, false, null, true, true, false,
                false, null);
        FieldState owner = FieldState.of("owner", "owner_id", FieldType.INT).withNullable(true)
                .withForeignKey(new ForeignKeyRef("app.User", OnDelete.CASCADE));
        FieldState boss = owner.withName("boss", "boss_id");
        ProjectState before = ProjectState.of(List.of(
                new ModelState("app", "User", "app_user", List.of(intId, boss), List.of()),
                new ModelState("shop", "Order", "shop_order", List.of(ID, owner), List.of())));
        AlterField op = new AlterField("User", ID, null);
        ProjectState after = op.apply("app", before);
        assertThat(after.requireModel("shop", "Order").requireField("owner")).isEqualTo(owner.withColumnType(ID));
        assertThat(after.requireModel("app", "User").requireField("boss")).isEqualTo(boss.withColumnType(ID));
        // H2 changes a referenced key in place, and the references after it.
        assertThat(sql(op.forwards("app", before, new H2Dialect()))).containsExactly(
                "ALTER TABLE \"APP_USER\" ALTER COLUMN \"ID\" SET DATA TYPE BIGINT",
                "ALTER TABLE \"APP_USER\" ALTER COLUMN \"BOSS_ID\" SET DATA TYPE BIGINT",
                "ALTER TABLE \"SHOP_ORDER\" ALTER COLUMN \"OWNER_ID\" SET DATA TYPE BIGINT");
        assertThat(sql(op.backwards("app", before, new H2Dialect()))).containsExactly(
                "ALTER TABLE \"APP_USER\" ALTER COLUMN \"ID\" SET DATA TYPE INTEGER",
                "ALTER TABLE \"APP_USER\" ALTER COLUMN \"BOSS_ID\" SET DATA TYPE INTEGER",
                "ALTER TABLE \"SHOP_ORDER\" ALTER COLUMN \"OWNER_ID\" SET DATA TYPE INTEGER");
    }

    @Test
    void defaultOnlyChangeIsSetDefaultForwardsAndBackwards() {
        AlterField op = AlterField.changeDefault("Image", WIDTH.withDefault("800"));
        assertThat(sql(op.forwards("app", STATE, new H2Dialect())))
                .containsExactly("ALTER TABLE \"APP_IMAGE\" ALTER COLUMN \"WIDTH\" SET DEFAULT 800");
        assertThat(sql(op.backwards("app", STATE, new H2Dialect())))
                .containsExactly("ALTER TABLE \"APP_IMAGE\" ALTER COLUMN \"WIDTH\" SET DEFAULT 640");
    }

    @Test
    void droppedDefaultIsDropDefaultAndComesBackBackwards() {
        AlterField op = AlterField.changeDefault("Image", WIDTH.withDefault(null));
        assertThat(sql(op.forwards("app", STATE, new H2Dialect())))
                .containsExactly("ALTER TABLE \"APP_IMAGE\" ALTER COLUMN \"WIDTH\" DROP DEFAULT");
        assertThat(sql(op.backwards("app", STATE, new H2Dialect())))
                .containsExactly("ALTER TABLE \"APP_IMAGE\" ALTER COLUMN \"WIDTH\" SET DEFAULT 640");
    }

    @Test
    void defaultOfAForeignKeyChangesWithoutDroppingTheConstraint() {
        AlterField op = new AlterField("Image", OWNER.withDefault("1"), null);
        assertThat(sql(op.forwards("app", STATE, new H2Dialect())))
                .containsExactly("ALTER TABLE \"APP_IMAGE\" ALTER COLUMN \"OWNER_ID\" SET DEFAULT 1");
    }

    @Test
    void aDefaultOnlyOperationThatChangesMoreDoesNotApply() {
        AlterField op = AlterField.changeDefault("Image", WIDTH.withDefault("1").withNullable(true));
        assertThatThrownBy(() -> op.apply("app", STATE)).isInstanceOf(IllegalStateException.class)
                .hasMessage("alter_field of app.Image.width is marked defaultOnly but changes more than the default");
    }

    @Test
    void describedAndNamedAsADefaultChange() {
        AlterField op = AlterField.changeDefault("Image", WIDTH.withDefault("800"));
        assertThat(op.describe("app")).isEqualTo("change default of app.Image.width");
        assertThat(op.slug()).isEqualTo("chg_default_image_width");
        assertThat(new AlterField("Image", WIDTH.withDefault("800"), null).describe("app"))
                .isEqualTo("alter field app.Image.width");
    }

    @Test
    void defaultOnlyIsWrittenOnlyWhenTrueAndReadBack() throws Exception {
        var mapper = dev.southward.migrate.migration.MigrationJson.mapper();
        Operation plain = new AlterField("Image", WIDTH.withDefault("800"), null);
        Operation cheap = AlterField.changeDefault("Image", WIDTH.withDefault("800"));
        assertThat(mapper.writeValueAsString(plain)).doesNotContain("defaultOnly");
        assertThat(mapper.writeValueAsString(cheap)).contains("\"defaultOnly\"");
        assertThat(mapper.readValue(mapper.writeValueAsString(cheap), Operation.class)).isEqualTo(cheap);
        assertThat(mapper.readValue(mapper.writeValueAsString(plain), Operation.class)).isEqualTo(plain);
    }

    private static List<String> sql(List<Step> steps) {
        return steps.stream().map(Step::text).toList();
    }
}
