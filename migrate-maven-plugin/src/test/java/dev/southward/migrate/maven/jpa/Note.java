package dev.southward.migrate.maven.jpa;

import dev.southward.migrate.model.Field;
import dev.southward.migrate.model.Id;
import dev.southward.migrate.model.Model;

/** A Southward model beside the JPA app. */
@Model
public class Note {
    @Id
    long id;

    @Field(maxLength = 40)
    String title;
}
