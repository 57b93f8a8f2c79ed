package dev.southward.migrate.workflow.v3;

import dev.southward.migrate.model.Field;
import dev.southward.migrate.model.Index;

@Index({"source", "width"})
public class Image {
    Source source;
    @Field(maxLength = 200, nullable = true)
    String caption;
    int width;
    @Field(maxLength = 100, nullable = true)
    String photographer;
}
