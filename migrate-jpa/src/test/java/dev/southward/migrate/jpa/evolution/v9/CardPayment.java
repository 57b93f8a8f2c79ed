package dev.southward.migrate.jpa.evolution.v9;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A card payment. */
@Entity
public class CardPayment extends Payment {
    @Column(length = 19)
    String cardNumber;
}
