package dev.southward.migrate.jpa.evolution.r2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** An owner of tags whose join table and owner column are named as Hibernate names them for Owner. */
@Entity
public class Keeper {
    @Id
    Long id;
    @ManyToMany
    @JoinTable(name = "Owner_Tag", joinColumns = @JoinColumn(name = "Owner_id"))
    Set<Tag> tags;
}
