package dev.southward.examples.petclinic.model;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The key every table has: an identity column, numbered by the database. */
@MappedSuperclass
public class BaseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    /**
     * The key.
     *
     * @return the key, or null before the entity is saved
     */
    public Integer getId() {
        return id;
    }
}
