package dev.southward.migrate.jpa.evolution.v10;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import java.math.BigDecimal;

/** A payment, SINGLE_TABLE. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Payment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(precision = 12, scale = 2)
    BigDecimal amount;
}
