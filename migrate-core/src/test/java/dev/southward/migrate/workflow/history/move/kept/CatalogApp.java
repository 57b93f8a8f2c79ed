package dev.southward.migrate.workflow.history.move.kept;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

/** Product moved to the new app inventory. */
@App(name = "catalog", models = {CatalogApp.Category.class})
public final class CatalogApp {
    public static class Category {
        @Field(maxLength = 50)
        String name;
    }
}
