package dev.southward.migrate.jpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A coupon: an int key, a small decimal, short and float, and a list many-to-many (no key on its join table). */
@Entity
public class Coupon {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;
    @Column(unique = true, nullable = false, length = 20)
    String code;
    @Column(precision = 5, scale = 2)
    BigDecimal discount;
    Instant validUntil;
    short maxUses;
    float ratio;
    @ManyToMany
    List<Customer> customers;
}
