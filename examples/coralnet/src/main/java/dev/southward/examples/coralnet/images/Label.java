package dev.southward.examples.coralnet.images;

import dev.southward.migrate.model.Field;

/** What a point shows, e.g. "Porites" with code "POR". */
public class Label {
    @Field(maxLength = 45, unique = true)
    String name;
    @Field(maxLength = 10, unique = true)
    String code;
}
