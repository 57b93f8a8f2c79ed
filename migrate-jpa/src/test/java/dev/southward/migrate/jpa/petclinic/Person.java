package dev.southward.migrate.jpa.petclinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A person's names. */
@MappedSuperclass
public class Person extends BaseEntity {
    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;
}
