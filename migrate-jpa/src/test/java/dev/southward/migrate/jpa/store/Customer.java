package dev.southward.migrate.jpa.store;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A customer: names, index, unique constraint, UUID, enum, two overridden addresses, a phone set. */
@Entity
@Table(name = "customers", indexes = @Index(columnList = "lastName, firstName"),
        uniqueConstraints = @UniqueConstraint(name = "customers_email_uk", columnNames = "email_address"))
public class Customer extends Audited {
    @Column(nullable = false, length = 60)
    String firstName;
    @Column(nullable = false, length = 60)
    String lastName;
    @Column(name = "email_address", length = 120)
    String email;
    boolean vip;
    @Column(unique = true)
    UUID externalId;
    @Enumerated(EnumType.STRING)
    Store.Tier tier;
    @Embedded
    Address billing;
    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "ship_street", length = 120))
    @AttributeOverride(name = "city", column = @Column(name = "ship_city"))
    @AttributeOverride(name = "zip", column = @Column(name = "ship_zip", length = 12))
    @AttributeOverride(name = "country", column = @Column(name = "ship_country", length = 2))
    Address shipping;
    @OneToMany(mappedBy = "customer")
    List<PurchaseOrder> orders;
    @OneToOne(mappedBy = "customer")
    LoyaltyCard card;
    @ElementCollection
    Set<String> phoneNumbers;
    @Transient
    String displayName;
    transient int visitsThisSession;
}
