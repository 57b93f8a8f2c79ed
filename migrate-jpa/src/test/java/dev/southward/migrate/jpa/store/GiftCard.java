package dev.southward.migrate.jpa.store;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.LocalDate;

/** A gift card. */
@Entity
@DiscriminatorValue("GIFT")
public class GiftCard extends Item {
    LocalDate expires;
}
