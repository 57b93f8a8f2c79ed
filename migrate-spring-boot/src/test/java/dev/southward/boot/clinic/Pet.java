package dev.southward.boot.clinic;

import dev.southward.migrate.model.Field;
import java.time.LocalDate;

/** Table {@code clinic_pet}: {@code owner_id} is a foreign key to {@code clinic_owner}. */
public class Pet {
    @Field(maxLength = 40)
    String name;
    @Field(nullable = true)
    LocalDate birthDate;
    Owner owner;
}
