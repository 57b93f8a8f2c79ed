package dev.southward.boot.clinic.v2;

import dev.southward.migrate.model.Field;
import java.time.LocalDate;

/** Unchanged from version 1. */
public class Pet {
    @Field(maxLength = 40)
    String name;
    @Field(nullable = true)
    LocalDate birthDate;
    Owner owner;
}
