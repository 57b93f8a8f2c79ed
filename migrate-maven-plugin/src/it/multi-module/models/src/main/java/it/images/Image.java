package it.images;

import dev.southward.migrate.model.Field;

/** An image. */
public class Image {
    @Field(maxLength = 100)
    String name;
    @Field(nullable = true)
    Integer width;
    @Field(nullable = true)
    Integer height;
}
