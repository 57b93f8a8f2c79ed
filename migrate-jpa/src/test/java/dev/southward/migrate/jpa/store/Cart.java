package dev.southward.migrate.jpa.store;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.List;

/** A cart: an int version, a one-to-one with a named join column. */
@Entity
public class Cart {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Version
    Integer version;
    @OneToOne
    @JoinColumn(name = "owner_id")
    Customer owner;
    LocalDateTime touched;
    @OneToMany(mappedBy = "cart")
    List<CartEntry> entries;
}
