package dev.southward.migrate.workflow.history.crossapp.v2;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

/** Item's foreign key moved from catalog.Brand to the shop's own Label. */
@App(name = "shop", models = {ShopApp.Label.class, ShopApp.Item.class})
public final class ShopApp {
    public static class Label {
        @Field(maxLength = 50)
        String name;
        boolean house;
    }

    public static class Item {
        @Field(nullable = true)
        Label brand;
        @Field(maxLength = 50)
        String title;
    }
}
