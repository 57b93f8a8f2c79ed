package dev.southward.migrate.jpa.petclinic;

import java.util.List;

/** Spring PetClinic's model, written anew: the entity classes. */
public final class PetClinic {
    /** Every entity of the model. */
    public static final List<Class<?>> ENTITIES = List.of(Owner.class, Pet.class, PetType.class, Visit.class,
            Vet.class, Specialty.class);

    private PetClinic() {
    }
}
