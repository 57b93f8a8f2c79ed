package dev.southward.migrate.jpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.LocalDate;

/** A JOINED subclass with the root's key name. */
@Entity
public class BankTransfer extends StorePayment {
    @Column(length = 34, nullable = false)
    String iban;
    LocalDate valueDate;
}
