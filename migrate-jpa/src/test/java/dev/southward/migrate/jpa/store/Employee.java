package dev.southward.migrate.jpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Staff: an assigned UUID key, a self-reference by UUID and a named join table keyed by a UUID and a long. */
@Entity
@Table(name = "staff")
public class Employee {
    @Id
    UUID id;
    @Column(nullable = false)
    String fullName;
    @ManyToOne
    @JoinColumn(name = "manager_id")
    Employee manager;
    @ManyToMany
    @JoinTable(name = "staff_warehouses")
    Set<Warehouse> warehouses;
    @ManyToMany
    Set<Employee> mentors;
    @Enumerated(EnumType.STRING)
    Store.StaffRole staffRole;
    LocalDate hired;
}
