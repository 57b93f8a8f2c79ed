package dev.southward.examples.petclinic.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A kind of pet: cat, dog, lizard. */
@Entity
@Table(name = "types")
public class PetType extends NamedEntity {
}
