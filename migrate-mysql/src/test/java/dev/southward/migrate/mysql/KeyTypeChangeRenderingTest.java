package dev.southward.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.operation.AlterField;
import dev.southward.migrate.operation.Step;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.OnDelete;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A re-typed primary key on MySQL and MariaDB, which refuse to change a referenced key or to reference a key of
 * another type: the referencing constraints are dropped, the key and every referencing column change, and the
 * constraints come back; merged as a migration merges its statements (no server).
 */
class KeyTypeChangeRenderingTest {
    private static final FieldState INT_ID = new FieldState("id", "id", FieldType.INT, null, null, null, false, null,
            true, true, false, false, null);
    private static final FieldState LONG_ID = new FieldState("id", "id", FieldType.LONG, null, null, null, false,
            null, true, true, false, false, null);
    private static final FieldState PARENT = FieldState.of("parent", "parent_id", FieldType.INT).withNullable(true)
            .withForeignKey(new ForeignKeyRef("app.Node", OnDelete.SET_NULL));
    private static final FieldState NODE = FieldState.of("node", "node_id", FieldType.INT)
            .withForeignKey(new ForeignKeyRef("app.Node", OnDelete.CASCADE));
    private static final FieldState LOOSE = FieldState.of("node", "node_id", FieldType.INT).withNullable(true)
            .withForeignKey(new ForeignKeyRef("app.Node", OnDelete.CASCADE, false));
    private static final ProjectState STATE = ProjectState.of(List.of(
            new ModelState("app", "Node", "app_node", List.of(INT_ID, PARENT), List.of()),
            new ModelState("other", "Ref", "other_ref", List.of(LONG_ID, NODE), List.of()),
            new ModelState("other", "Loose", "other_loose", List.of(LONG_ID, LOOSE), List.of())));

    @Test
    void forwardsDropsTheReferencingConstraintsChangesKeyAndColumnsAndAddsThemAgain() {
        AlterField op = new AlterField("Node", LONG_ID, null);
        assertThat(merged(sql(op.forwards("app", STATE, new MySqlDialect())))).containsExactly(
                "ALTER TABLE `app_node` DROP FOREIGN KEY `app_node_parent_id_fk`",
                "ALTER TABLE `other_ref` DROP FOREIGN KEY `other_ref_node_id_fk`",
                "ALTER TABLE `app_node` MODIFY COLUMN `id` BIGINT AUTO_INCREMENT NOT NULL, "
                        + "MODIFY COLUMN `parent_id` BIGINT NULL",
                "ALTER TABLE `other_loose` MODIFY COLUMN `node_id` BIGINT NULL",
                "ALTER TABLE `other_ref` MODIFY COLUMN `node_id` BIGINT NOT NULL",
                "ALTER TABLE `app_node` ADD CONSTRAINT `app_node_parent_id_fk` FOREIGN KEY (`parent_id`) "
                        + "REFERENCES `app_node` (`id`) ON DELETE SET NULL",
                "ALTER TABLE `other_ref` ADD CONSTRAINT `other_ref_node_id_fk` FOREIGN KEY (`node_id`) "
                        + "REFERENCES `app_node` (`id`) ON DELETE CASCADE");
    }

    @Test
    void backwardsGivesEveryColumnItsOldTypeTheSameWay() {
        AlterField op = new AlterField("Node", LONG_ID, null);
        assertThat(sql(op.backwards("app", STATE, new MySqlDialect()))).containsExactly(
                "ALTER TABLE `app_node` DROP FOREIGN KEY `app_node_parent_id_fk`",
                "ALTER TABLE `other_ref` DROP FOREIGN KEY `other_ref_node_id_fk`",
                "ALTER TABLE `app_node` MODIFY COLUMN `id` INT AUTO_INCREMENT NOT NULL",
                "ALTER TABLE `app_node` MODIFY COLUMN `parent_id` INT NULL",
                "ALTER TABLE `other_loose` MODIFY COLUMN `node_id` INT NULL",
                "ALTER TABLE `other_ref` MODIFY COLUMN `node_id` INT NOT NULL",
                "ALTER TABLE `app_node` ADD CONSTRAINT `app_node_parent_id_fk` FOREIGN KEY (`parent_id`) "
                        + "REFERENCES `app_node` (`id`) ON DELETE SET NULL",
                "ALTER TABLE `other_ref` ADD CONSTRAINT `other_ref_node_id_fk` FOREIGN KEY (`node_id`) "
                        + "REFERENCES `app_node` (`id`) ON DELETE CASCADE");
    }

    @Test
    void aChangeThatKeepsTheKeysTypeLeavesTheReferencesAlone() {
        AlterField op = new AlterField("Node", INT_ID.withDefault(null).withNullable(false), null);
        assertThat(sql(op.forwards("app", STATE, new MySqlDialect()))).isEmpty();
        AlterField parent = new AlterField("Node", PARENT.withNullable(false), "1");
        assertThat(sql(parent.forwards("app", STATE, new MySqlDialect()))).noneMatch(s -> s.contains("other_"));
    }

    private static List<String> sql(List<Step> steps) {
        return steps.stream().map(Step::text).toList();
    }

    /** Consecutive statements merged as a migration's are, then decorated. */
    private static List<String> merged(List<String> sql) {
        MySqlDialect d = new MySqlDialect();
        List<String> out = new ArrayList<>();
        for (String s : sql) {
            if (!out.isEmpty() && d.merge(out.get(out.size() - 1), s).isPresent()) {
                out.set(out.size() - 1, d.merge(out.get(out.size() - 1), s).get());
            } else {
                out.add(s);
            }
        }
        return out.stream().map(d::decorate).toList();
    }
}
