package dev.southward.migrate.jpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** Contact details with an embedded address: an embeddable inside an embeddable. */
@Embeddable
public class ContactInfo {
    String email;
    @Column(length = 30)
    String phone;
    @Embedded
    Address address;
}
