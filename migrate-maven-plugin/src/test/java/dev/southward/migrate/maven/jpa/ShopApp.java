package dev.southward.migrate.maven.jpa;

import dev.southward.migrate.model.App;

/** An app of JPA entities. */
@App(name = "shop", models = Customer.class)
public final class ShopApp {
    private ShopApp() {
    }
}
