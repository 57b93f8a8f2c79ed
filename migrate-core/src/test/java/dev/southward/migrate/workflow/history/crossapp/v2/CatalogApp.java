package dev.southward.migrate.workflow.history.crossapp.v2;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

/** Brand is deleted. */
@App(name = "catalog", models = {CatalogApp.Tag.class})
public final class CatalogApp {
    public static class Tag {
        @Field(maxLength = 20)
        String label;
    }
}
