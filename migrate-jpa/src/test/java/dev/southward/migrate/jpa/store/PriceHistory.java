package dev.southward.migrate.jpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A price change: an index named by its column's logical name. */
@Entity
@Table(indexes = @Index(name = "price_history_changed", columnList = "changedAt"))
public class PriceHistory {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne(optional = false)
    Item item;
    BigDecimal oldPrice;
    BigDecimal newPrice;
    @Column(nullable = false)
    LocalDateTime changedAt;
}
