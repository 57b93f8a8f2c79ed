package dev.southward.migrate.jpa.evolution.v3;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A product. */
@Entity
public class Product {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(length = 120)
    String title;
    @Column(precision = 10, scale = 2)
    BigDecimal price;
    Integer stock;
}
