package dev.southward.boot.clinic.v2;

import dev.southward.migrate.model.Field;

/** Adds {@code telephone}. */
public class Owner {
    @Field(maxLength = 80)
    String name;
    @Field(maxLength = 80, nullable = true)
    String city;
    @Field(maxLength = 20, nullable = true)
    String telephone;
}
