package dev.southward.migrate.autodetect.v2;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

@App(name = "images", models = {ImagesApp.Image.class, ImagesApp.Picture.class})
public final class ImagesApp {
    public static class Image {
        @Field(maxLength = 200, nullable = true)
        String title;
        int width;
        Integer height;
    }

    public static class Picture {
        @Field(maxLength = 50)
        String name;
    }
}
