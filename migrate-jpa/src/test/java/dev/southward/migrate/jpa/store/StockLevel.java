package dev.southward.migrate.jpa.store;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Stock of an item in a warehouse: a unique constraint over two join columns. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"warehouse_id", "item_id"}))
public class StockLevel {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne(optional = false)
    Warehouse warehouse;
    @ManyToOne(optional = false)
    Item item;
    int onHand;
    Integer reservedQty;
}
