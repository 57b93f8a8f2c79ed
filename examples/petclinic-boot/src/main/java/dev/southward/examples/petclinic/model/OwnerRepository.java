package dev.southward.examples.petclinic.model;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Owners, through Spring Data JPA. */
public interface OwnerRepository extends JpaRepository<Owner, Integer> {
    /**
     * Owners whose last name starts with a prefix, by last name.
     *
     * @param prefix the start of the last name; empty for all owners
     * @return the owners
     */
    List<Owner> findByLastNameStartingWithOrderByLastName(String prefix);
}
