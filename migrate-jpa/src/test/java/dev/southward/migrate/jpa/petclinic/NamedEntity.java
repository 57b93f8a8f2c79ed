package dev.southward.migrate.jpa.petclinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** An entity with a name. */
@MappedSuperclass
public class NamedEntity extends BaseEntity {
    @Column(name = "name")
    private String name;
}
