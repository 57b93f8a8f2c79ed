package dev.southward.migrate.jpa.store;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order: a required many-to-one, a mapped superclass attribute overridden on the entity, decimals and times. */
@Entity
@Table(name = "purchase_orders")
@AttributeOverride(name = "createdAt", column = @Column(name = "placed_on", nullable = false))
public class PurchaseOrder extends Audited {
    @ManyToOne(optional = false)
    Customer customer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Store.OrderStatus status;
    @Column(precision = 14, scale = 2)
    BigDecimal total;
    Instant paidAt;
    @ManyToOne
    @JoinColumn(name = "ship_method")
    ShippingMethod shippingMethod;
    @OneToMany(mappedBy = "order")
    List<OrderLine> lines;
}
