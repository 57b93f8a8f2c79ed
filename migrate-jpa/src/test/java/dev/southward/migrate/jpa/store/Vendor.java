package dev.southward.migrate.jpa.store;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Set;

/**
 * A vendor: nested embeddables; element collections of ordinal enums, of an embeddable with an override, and of an
 * embeddable holding an embeddable, with an override of a nested attribute.
 */
@Entity
public class Vendor extends Identified {
    @Column(nullable = false, length = 100)
    String name;
    @Embedded
    ContactInfo contact;
    @ElementCollection
    @Enumerated(EnumType.ORDINAL)
    Set<Store.Weekday> deliveryDays;
    @ElementCollection
    @AttributeOverride(name = "street", column = @Column(name = "pickup_street", length = 150))
    @AttributeOverride(name = "city", column = @Column(name = "town"))
    Set<Address> pickupPoints;
    @ElementCollection
    @CollectionTable(name = "vendor_contacts")
    @AttributeOverride(name = "email", column = @Column(name = "contact_email", length = 100))
    @AttributeOverride(name = "address.zip", column = @Column(name = "contact_zip", length = 12))
    Set<ContactInfo> contacts;
}
