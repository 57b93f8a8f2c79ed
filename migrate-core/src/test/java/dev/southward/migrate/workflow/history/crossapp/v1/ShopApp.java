package dev.southward.migrate.workflow.history.crossapp.v1;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

@App(name = "shop", models = {ShopApp.Item.class})
public final class ShopApp {
    public static class Item {
        @Field(nullable = true)
        CatalogApp.Brand brand;
        @Field(maxLength = 50)
        String title;
    }
}
