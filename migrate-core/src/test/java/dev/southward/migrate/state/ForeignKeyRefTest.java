package dev.southward.migrate.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.southward.migrate.migration.MigrationJson;
import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;
import dev.southward.migrate.model.ForeignKey;
import dev.southward.migrate.model.ModelScanner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A foreign key's constraint flag: from the annotation, through migration files, old files included. */
class ForeignKeyRefTest {
    private static final ObjectMapper JSON = MigrationJson.mapper();

    @App(name = "shop", models = {Source.class, Item.class})
    static final class Shop {
    }

    static class Source {
    }

    static class Item {
        Source owner;
        @Field(nullable = true)
        @ForeignKey(constraint = false, onDelete = OnDelete.SET_NULL)
        Source origin;
    }

    @Test
    void annotationSetsTheFlag() {
        ModelState item = ModelScanner.scan(List.of(Shop.class)).requireModel("shop", "Item");
        assertThat(item.requireField("owner").foreignKey()).isEqualTo(new ForeignKeyRef("shop.Source",
                OnDelete.CASCADE, true));
        assertThat(item.requireField("origin").foreignKey()).isEqualTo(new ForeignKeyRef("shop.Source",
                OnDelete.SET_NULL, false));
    }

    @Test
    void fileNamesTheFlagOnlyWhenThereIsNoConstraint() throws Exception {
        assertThat(JSON.writeValueAsString(new ForeignKeyRef("shop.Source", OnDelete.CASCADE)))
                .isEqualTo("{\"model\":\"shop.Source\",\"onDelete\":\"cascade\"}");
        String without = JSON.writeValueAsString(new ForeignKeyRef("shop.Source", OnDelete.NO_ACTION, false));
        assertThat(without).isEqualTo("{\"model\":\"shop.Source\",\"onDelete\":\"no_action\",\"constraint\":false}");
        assertThat(JSON.readValue(without, ForeignKeyRef.class))
                .isEqualTo(new ForeignKeyRef("shop.Source", OnDelete.NO_ACTION, false));
    }

    @Test
    void olderFilesWithoutTheFlagHaveConstraints() throws Exception {
        assertThat(JSON.readValue("{\"model\":\"shop.Source\",\"onDelete\":\"set_null\"}", ForeignKeyRef.class))
                .isEqualTo(new ForeignKeyRef("shop.Source", OnDelete.SET_NULL, true));
        assertThat(JSON.readValue("{\"model\":\"shop.Source\",\"constraint\":true}", ForeignKeyRef.class))
                .isEqualTo(new ForeignKeyRef("shop.Source", OnDelete.CASCADE, true));
    }

    @Test
    void renameKeepsTheFlag() {
        assertThat(new ForeignKeyRef("shop.Source", OnDelete.RESTRICT, false).withModel("shop.Origin"))
                .isEqualTo(new ForeignKeyRef("shop.Origin", OnDelete.RESTRICT, false));
    }
}
