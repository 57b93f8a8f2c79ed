package dev.southward.boot.clinic.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** JPA's view of {@code clinic_owner}, which Southward's {@code clinic.Owner} model creates. */
@Entity
@Table(name = "clinic_owner")
public class OwnerEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(length = 80, nullable = false)
    public String name;
    @Column(length = 80)
    public String city;
}
