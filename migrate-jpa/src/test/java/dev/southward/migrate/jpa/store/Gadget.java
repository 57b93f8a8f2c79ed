package dev.southward.migrate.jpa.store;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;

/** A gadget: a binary LOB and a string enum in the shared table. */
@Entity
@DiscriminatorValue("GADGET")
public class Gadget extends Item {
    @Lob
    byte[] manual;
    double weightKg;
    @Enumerated(EnumType.STRING)
    Store.Voltage voltage;
}
