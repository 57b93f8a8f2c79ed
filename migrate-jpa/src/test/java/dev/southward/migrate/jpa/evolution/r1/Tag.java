package dev.southward.migrate.jpa.evolution.r1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A tag. */
@Entity
public class Tag {
    @Id
    Long id;
}
