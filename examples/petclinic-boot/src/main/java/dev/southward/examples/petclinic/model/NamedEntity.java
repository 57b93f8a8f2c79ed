package dev.southward.examples.petclinic.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** An entity known by its name: a pet, a pet type, a specialty. */
@MappedSuperclass
public class NamedEntity extends BaseEntity {
    @Column(name = "name")
    private String name;

    /**
     * The name.
     *
     * @return the name
     */
    public String getName() {
        return name;
    }

    /**
     * Renames the entity.
     *
     * @param name the new name
     */
    public void setName(String name) {
        this.name = name;
    }
}
