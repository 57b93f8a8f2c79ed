package dev.southward.migrate.writer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyLengthWarningsTest {
    private static final MigrationKey KEY = new MigrationKey("shop", "0002_auto");

    private static FieldState string(String name, int length) {
        return new FieldState(name, name, FieldType.STRING, length, null, null, true, null, false, false, false,
                false, null);
    }

    private static ProjectState state(List<IndexState> indexes) {
        return ProjectState.of(List.of(new ModelState("shop", "Item", "shop_item", List.of(string("title", 1000),
                string("code", 100)), indexes)));
    }

    @Test
    void aNewIndexOverMysqlsKeyLimitIsWarnedAbout() {
        assertThat(KeyLengthWarnings.of(KEY, state(List.of()), state(List.of(new IndexState("shop_item_title_uniq",
                List.of("title"), true))))).containsExactly("Warning: shop.0002_auto: the index on shop_item (title) "
                + "is 4000 bytes long in utf8mb4; MySQL refuses keys over 3072 bytes (MariaDB accepts a unique one). "
                + "Shorten the column to migrate MySQL.");
    }

    @Test
    void shortKeysAndUnchangedIndexesAreNot() {
        ProjectState withTitle = state(List.of(new IndexState("shop_item_title_idx", List.of("title"), false)));
        assertThat(KeyLengthWarnings.of(KEY, withTitle, withTitle)).isEmpty();
        assertThat(KeyLengthWarnings.of(KEY, state(List.of()), state(List.of(new IndexState("shop_item_code_idx",
                List.of("code"), false))))).isEmpty();
    }
}
