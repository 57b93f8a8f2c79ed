package dev.southward.migrate.workflow.history.retarget.v2;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

/** Supplier is gone; Item's foreign key now points at the new Vendor. */
@App(name = "shop", models = {ShopApp.Vendor.class, ShopApp.Item.class})
public final class ShopApp {
    public static class Vendor {
        @Field(maxLength = 50)
        String name;
        @Field(maxLength = 2, nullable = true)
        String country;
    }

    public static class Item {
        @Field(nullable = true)
        Vendor supplier;
        @Field(maxLength = 50)
        String title;
    }
}
