package dev.southward.migrate.jpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import java.util.List;

/** A warehouse with an embedded address. */
@Entity
public class Warehouse extends Identified {
    @Column(nullable = false)
    String name;
    @Embedded
    Address address;
    @OneToMany(mappedBy = "warehouse")
    List<StockLevel> levels;
}
