package dev.southward.migrate.workflow.history.move.kept;

import dev.southward.migrate.model.App;

@App(name = "shop", models = {ShopApp.Order.class})
public final class ShopApp {
    public static class Order {
        InventoryApp.Product product;
        int quantity;
    }
}
