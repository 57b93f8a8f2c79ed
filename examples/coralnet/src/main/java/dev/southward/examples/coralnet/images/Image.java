package dev.southward.examples.coralnet.images;

import dev.southward.migrate.model.Field;
import java.time.LocalDateTime;

/** One survey photo of a source. */
public class Image {
    Source source;
    @Field(maxLength = 100)
    String originalFile;
    LocalDateTime uploadDate;
    @Field(nullable = true)
    Integer width;
    @Field(nullable = true)
    Integer height;
}
