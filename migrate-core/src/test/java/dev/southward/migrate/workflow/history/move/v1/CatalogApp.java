package dev.southward.migrate.workflow.history.move.v1;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

@App(name = "catalog", models = {CatalogApp.Category.class, CatalogApp.Product.class})
public final class CatalogApp {
    public static class Category {
        @Field(maxLength = 50)
        String name;
    }

    public static class Product {
        Category category;
        @Field(maxLength = 50, unique = true)
        String name;
    }
}
