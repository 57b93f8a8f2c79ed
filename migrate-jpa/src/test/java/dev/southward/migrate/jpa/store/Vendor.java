package dev.southward.migrate.jpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Set;

/** A vendor: nested embeddables and an element collection of ordinal enums. */
@Entity
public class Vendor extends Identified {
    @Column(nullable = false, length = 100)
    String name;
    @Embedded
    ContactInfo contact;
    @ElementCollection
    @Enumerated(EnumType.ORDINAL)
    Set<Store.Weekday> deliveryDays;
}
