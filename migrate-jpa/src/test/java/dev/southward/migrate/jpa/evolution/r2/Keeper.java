package dev.southward.migrate.jpa.evolution.r2;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** An owner of tags, through an implicit join table, and of labels, in an implicit collection table. */
@Entity
public class Keeper {
    @Id
    Long id;
    @ManyToMany
    Set<Tag> tags;
    @ElementCollection
    Set<String> labels;
}
