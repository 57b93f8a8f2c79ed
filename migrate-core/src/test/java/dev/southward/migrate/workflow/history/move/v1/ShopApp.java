package dev.southward.migrate.workflow.history.move.v1;

import dev.southward.migrate.model.App;

@App(name = "shop", models = {ShopApp.Order.class})
public final class ShopApp {
    public static class Order {
        CatalogApp.Product product;
        int quantity;
    }
}
