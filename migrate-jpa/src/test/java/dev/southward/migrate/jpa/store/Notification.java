package dev.southward.migrate.jpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** TABLE_PER_CLASS with a concrete root (assigned keys: IDENTITY cannot span the tables) and a many-to-one. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class Notification {
    @Id
    Long id;
    @ManyToOne
    Customer customer;
    @Column(nullable = false)
    String recipient;
    Instant sentAt;
}
