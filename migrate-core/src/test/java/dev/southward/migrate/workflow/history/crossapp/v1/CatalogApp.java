package dev.southward.migrate.workflow.history.crossapp.v1;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

@App(name = "catalog", models = {CatalogApp.Brand.class, CatalogApp.Tag.class})
public final class CatalogApp {
    public static class Brand {
        @Field(maxLength = 50)
        String name;
    }

    public static class Tag {
        @Field(maxLength = 20)
        String label;
    }
}
