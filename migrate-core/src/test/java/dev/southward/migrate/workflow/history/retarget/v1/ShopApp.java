package dev.southward.migrate.workflow.history.retarget.v1;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

@App(name = "shop", models = {ShopApp.Supplier.class, ShopApp.Item.class})
public final class ShopApp {
    public static class Supplier {
        @Field(maxLength = 50)
        String name;
    }

    public static class Item {
        @Field(nullable = true)
        Supplier supplier;
        @Field(maxLength = 50)
        String title;
    }
}
