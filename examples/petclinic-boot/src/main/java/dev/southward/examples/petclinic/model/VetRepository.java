package dev.southward.examples.petclinic.model;

import org.springframework.data.jpa.repository.JpaRepository;

/** Vets, through Spring Data JPA. */
public interface VetRepository extends JpaRepository<Vet, Integer> {
}
