package dev.southward.migrate.jpa.store;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;

/** A review: byte, text LOB, a named join column. */
@Entity
public class Review {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne(optional = false)
    Item item;
    @ManyToOne
    @JoinColumn(name = "reviewer_id")
    Customer reviewer;
    byte stars;
    @Lob
    String body;
    LocalDateTime writtenAt;
    Boolean verified;
}
