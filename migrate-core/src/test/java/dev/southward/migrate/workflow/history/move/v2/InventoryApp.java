package dev.southward.migrate.workflow.history.move.v2;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

@App(name = "inventory", models = {InventoryApp.Product.class})
public final class InventoryApp {
    public static class Product {
        CatalogApp.Category category;
        @Field(maxLength = 50, unique = true)
        String name;
    }
}
