package dev.southward.migrate.jpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** A label with an assigned string key: the inverse side of an implicit join table. */
@Entity
public class Label {
    @Id
    @Column(length = 30)
    String code;
    @ManyToMany(mappedBy = "labels")
    Set<Item> items;
}
