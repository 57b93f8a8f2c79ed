package dev.southward.migrate.jpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import java.util.List;

/** A JOINED subclass whose key column is named by {@code @PrimaryKeyJoinColumn}. */
@Entity
@PrimaryKeyJoinColumn(name = "payment_id")
public class CardCharge extends StorePayment {
    @Column(length = 4)
    String last4;
    boolean threeDSecure;
    @ElementCollection
    List<String> notes;
}
