package dev.southward.boot.clinic.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** JPA's view of {@code clinic_pet}, which Southward's {@code clinic.Pet} model creates. */
@Entity
@Table(name = "clinic_pet")
public class PetEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(length = 40, nullable = false)
    public String name;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id")
    public OwnerEntity owner;
}
