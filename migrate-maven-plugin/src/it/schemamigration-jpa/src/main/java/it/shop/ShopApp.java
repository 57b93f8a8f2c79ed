package it.shop;

import dev.southward.migrate.model.App;

@App(name = "shop", models = CustomerOrder.class)
public final class ShopApp {
}
