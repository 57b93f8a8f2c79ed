package dev.southward.examples.coralnet.images;

import dev.southward.examples.coralnet.accounts.User;
import dev.southward.migrate.model.Field;
import dev.southward.migrate.model.ForeignKey;
import dev.southward.migrate.state.OnDelete;
import java.time.LocalDateTime;

/** A label given to a point by a user. */
public class Annotation {
    @Field(unique = true)
    Point point;
    Image image;
    @ForeignKey(onDelete = OnDelete.RESTRICT)
    Label label;
    @ForeignKey(onDelete = OnDelete.SET_NULL)
    @Field(nullable = true)
    User user;
    LocalDateTime annotationDate;
}
