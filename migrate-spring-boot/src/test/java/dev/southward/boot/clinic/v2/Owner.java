package dev.southward.boot.clinic.v2;

import dev.southward.migrate.model.Field;

/** Adds {@code telephone}, then makes {@code name} unique (which fails on duplicate names: half a migration). */
public class Owner {
    @Field(maxLength = 80, unique = true)
    String name;
    @Field(maxLength = 80, nullable = true)
    String city;
    @Field(maxLength = 20, nullable = true)
    String telephone;
}
