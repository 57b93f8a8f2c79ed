package dev.southward.examples.petclinic.model;

import dev.southward.migrate.model.App;

/**
 * Southward's app {@code petclinic}: its migrations are {@code southward/migrations/petclinic/NNNN_*.json}, made by
 * {@code mvn migrate:schemamigration -Dauto} from these JPA entities (mapped superclasses are read through them).
 */
@App(name = "petclinic", models = {Owner.class, Pet.class, PetType.class, Visit.class, Vet.class, Specialty.class})
public final class PetClinicModels {
    private PetClinicModels() {
    }
}
