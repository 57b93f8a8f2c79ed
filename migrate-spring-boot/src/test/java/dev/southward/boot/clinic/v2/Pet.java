package dev.southward.boot.clinic.v2;

import dev.southward.migrate.model.Field;
import java.time.LocalDate;

/**
 * Makes {@code name} unique: after the change to {@code clinic_owner}, so on duplicate names the migration stops
 * half-way (between migrations), on H2 and on MySQL/MariaDB alike.
 */
public class Pet {
    @Field(maxLength = 40, unique = true)
    String name;
    @Field(nullable = true)
    LocalDate birthDate;
    Owner owner;
}
