package dev.southward.boot.clinic;

import dev.southward.migrate.model.Field;

/** Table {@code clinic_owner}, with the automatic {@code id}. */
public class Owner {
    @Field(maxLength = 80)
    String name;
    @Field(maxLength = 80, nullable = true)
    String city;
}
