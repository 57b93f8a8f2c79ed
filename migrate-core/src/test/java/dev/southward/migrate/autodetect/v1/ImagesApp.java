package dev.southward.migrate.autodetect.v1;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

@App(name = "images", models = {ImagesApp.Image.class, ImagesApp.Photo.class})
public final class ImagesApp {
    public static class Image {
        @Field(maxLength = 200, nullable = true)
        String caption;
        boolean legacy;
        @Field(nullable = true)
        Integer height;
    }

    public static class Photo {
        @Field(maxLength = 50)
        String name;
    }
}
