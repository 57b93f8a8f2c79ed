package dev.southward.examples.coralnet.images;

import dev.southward.examples.coralnet.accounts.User;
import dev.southward.migrate.model.Field;
import dev.southward.migrate.model.ForeignKey;
import dev.southward.migrate.state.OnDelete;
import java.time.LocalDateTime;

/** A collection of images from one survey site; owned by a user of the accounts app. */
public class Source {
    /** Who may see the source. Stored as text. */
    public enum Visibility { PUBLIC, PRIVATE }

    @Field(maxLength = 200, unique = true)
    String name;
    @Field(text = true, nullable = true)
    String description;
    @ForeignKey(onDelete = OnDelete.RESTRICT)
    User owner;
    @Field(defaultValue = "PRIVATE")
    Visibility visibility;
    LocalDateTime createDate;
}
