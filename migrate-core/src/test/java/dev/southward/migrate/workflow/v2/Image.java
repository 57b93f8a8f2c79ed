package dev.southward.migrate.workflow.v2;

import dev.southward.migrate.model.Field;

public class Image {
    Source source;
    @Field(maxLength = 200, nullable = true)
    String caption;
    int width;
}
