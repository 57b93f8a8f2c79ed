package dev.southward.examples.petclinic.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** What a vet specialises in: radiology, surgery, dentistry. */
@Entity
@Table(name = "specialties")
public class Specialty extends NamedEntity {
}
