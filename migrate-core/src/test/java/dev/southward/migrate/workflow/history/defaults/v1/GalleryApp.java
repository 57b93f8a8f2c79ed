package dev.southward.migrate.workflow.history.defaults.v1;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

@App(name = "gallery", models = {GalleryApp.Photo.class})
public final class GalleryApp {
    public static class Photo {
        @Field(defaultValue = "640")
        int width;
        @Field(maxLength = 20, defaultValue = "new")
        String state;
        @Field(nullable = true)
        Integer height;
    }
}
