package dev.southward.migrate.jpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** JOINED root without a discriminator. */
@Entity
@Table(name = "payments")
@Inheritance(strategy = InheritanceType.JOINED)
public class StorePayment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    PurchaseOrder order;
    @Column(precision = 12, scale = 2, nullable = false)
    BigDecimal amount;
    Instant receivedAt;
    @Enumerated(EnumType.ORDINAL)
    Store.PaymentState state;
}
