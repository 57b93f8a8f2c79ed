package dev.southward.migrate.jpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Set;

/** A book: its columns are nullable in the items table. */
@Entity
@DiscriminatorValue("BOOK")
public class Book extends Item {
    @Column(length = 13)
    String isbn;
    int pages;
    @ManyToOne
    Author author;
    @ManyToMany
    Set<Author> coAuthors;
}
