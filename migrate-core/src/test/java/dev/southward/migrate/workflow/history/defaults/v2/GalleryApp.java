package dev.southward.migrate.workflow.history.defaults.v2;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

/** Only defaults change: width 640 to 800, state loses its default, height gains one. */
@App(name = "gallery", models = {GalleryApp.Photo.class})
public final class GalleryApp {
    public static class Photo {
        @Field(defaultValue = "800")
        int width;
        @Field(maxLength = 20)
        String state;
        @Field(nullable = true, defaultValue = "480")
        Integer height;
    }
}
