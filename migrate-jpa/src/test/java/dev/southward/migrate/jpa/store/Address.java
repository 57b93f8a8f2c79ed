package dev.southward.migrate.jpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address: embedded, overridden, nested in {@link ContactInfo}. */
@Embeddable
public class Address {
    @Column(length = 120)
    String street;
    String city;
    @Column(length = 12)
    String zip;
    @Column(length = 2)
    String country;
}
