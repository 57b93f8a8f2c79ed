package dev.southward.migrate.jpa.evolution.r2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A tag. */
@Entity
public class Tag {
    @Id
    Long id;
}
