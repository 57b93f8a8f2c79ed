package dev.southward.migrate.workflow.history.move.kept;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;
import dev.southward.migrate.model.Model;

@App(name = "inventory", models = {InventoryApp.Product.class})
public final class InventoryApp {
    @Model(table = "catalog_product")
    public static class Product {
        CatalogApp.Category category;
        @Field(maxLength = 50, unique = true)
        String name;
    }
}
