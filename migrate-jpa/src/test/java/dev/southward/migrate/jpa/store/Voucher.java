package dev.southward.migrate.jpa.store;

import jakarta.persistence.Entity;
import java.util.UUID;

/** A JOINED subclass with a UUID. */
@Entity
public class Voucher extends StorePayment {
    UUID voucherCode;
}
