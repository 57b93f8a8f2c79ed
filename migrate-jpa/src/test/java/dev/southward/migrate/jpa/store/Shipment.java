package dev.southward.migrate.jpa.store;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import java.time.Instant;

/** A shipment: a required one-to-one, an overridden embedded address, a unique tracking number. */
@Entity
public class Shipment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @OneToOne(optional = false)
    PurchaseOrder order;
    @Column(length = 40)
    String carrier;
    @Column(unique = true, length = 64)
    String tracking;
    Instant shippedAt;
    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "to_street", length = 120))
    @AttributeOverride(name = "city", column = @Column(name = "to_city"))
    @AttributeOverride(name = "zip", column = @Column(name = "to_zip", length = 12))
    @AttributeOverride(name = "country", column = @Column(name = "to_country", length = 2))
    Address destination;
    @Enumerated(EnumType.STRING)
    Store.ShipmentStatus shipmentStatus;
}
