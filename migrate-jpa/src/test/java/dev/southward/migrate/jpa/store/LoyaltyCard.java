package dev.southward.migrate.jpa.store;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

/** A one-to-one owner with an explicit, NOT NULL, unique join column and an ordinal enum. */
@Entity
public class LoyaltyCard {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;
    @OneToOne
    @JoinColumn(name = "customer_ref", nullable = false, unique = true)
    Customer customer;
    int points;
    @Enumerated(EnumType.ORDINAL)
    Store.CardLevel cardLevel;
}
