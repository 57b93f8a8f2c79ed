package dev.southward.migrate.jpa.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A catalog of mappings beyond PetClinic: types, enums, embeddables, relations and the three inheritances. */
public final class Catalog {
    /** The entities. */
    public static final List<Class<?>> ENTITIES = List.of(Product.class, Category.class, Tag.class, Supplier.class,
            Payment.class, CardPayment.class, BankPayment.class, Vehicle.class, Car.class, Truck.class,
            Shape.class, Circle.class, Square.class, Profile.class);

    private Catalog() {
    }

    /** A status kept by name. */
    public enum Status { ACTIVE, RETIRED, DRAFT }

    /** A priority kept by ordinal. */
    public enum Priority { LOW, HIGH }

    /** An address, embedded twice with overrides. */
    @Embeddable
    public static class Address {
        String street;
        @Column(length = 20)
        String zip;
        int floor;
    }

    /** A product with most basic types. */
    @Entity(name = "Product")
    @Table(name = "products", indexes = @Index(name = "products_sku_name", columnList = "sku, name"),
            uniqueConstraints = @UniqueConstraint(columnNames = {"name", "category_id"}))
    public static class Product {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(nullable = false, length = 80)
        String name;
        @Column(unique = true, length = 32)
        String sku;
        boolean active;
        Boolean featured;
        byte grade;
        short shelf;
        int stock;
        Integer reorder;
        long views;
        float weight;
        double rating;
        @Column(precision = 12, scale = 3)
        BigDecimal price;
        BigDecimal cost;
        LocalDate released;
        LocalTime opens;
        LocalDateTime updated;
        Instant created;
        UUID uuid;
        @Lob
        String description;
        @Lob
        byte[] image;
        @Column(length = 64)
        byte[] hash;
        @Enumerated(EnumType.STRING)
        Status status;
        @Enumerated(EnumType.ORDINAL)
        Priority priority;
        @Version
        Integer version;
        @Transient
        String cached;
        transient int scratch;
        @ManyToOne(optional = false)
        Category category;
        @ManyToOne
        @JoinColumn(name = "maker")
        Supplier supplier;
        @ManyToMany
        Set<Tag> tags;
        @ElementCollection
        Set<String> keywords;
        @ElementCollection
        @Enumerated(EnumType.STRING)
        List<Status> history;
    }

    /** A category with products on the other side. */
    @Entity(name = "Category")
    public static class Category {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;
        String title;
        @OneToMany(mappedBy = "category")
        List<Product> products;
    }

    /** A tag, the inverse side of a many-to-many. */
    @Entity(name = "Tag")
    public static class Tag {
        @Id
        String code;
        @ManyToMany(mappedBy = "tags")
        Set<Product> products;
    }

    /** A supplier with two embedded addresses and a profile. */
    @Entity(name = "Supplier")
    public static class Supplier {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Embedded
        Address office;
        @Embedded
        @AttributeOverride(name = "street", column = @Column(name = "ship_street"))
        @AttributeOverride(name = "zip", column = @Column(name = "ship_zip", length = 10))
        @AttributeOverride(name = "floor", column = @Column(name = "ship_floor"))
        Address shipping;
        @OneToOne
        Profile profile;
        @ElementCollection
        List<Address> depots;
    }

    /** A supplier's profile. */
    @Entity(name = "Profile")
    public static class Profile {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        String bio;
        @OneToOne(mappedBy = "profile")
        Supplier supplier;
    }

    /** SINGLE_TABLE with the default discriminator. */
    @Entity(name = "Payment")
    public static class Payment {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        BigDecimal amount;
    }

    /** A card payment. */
    @Entity(name = "CardPayment")
    public static class CardPayment extends Payment {
        String cardNumber;
        int expiryYear;
    }

    /** A bank payment. */
    @Entity(name = "BankPayment")
    public static class BankPayment extends Payment {
        String iban;
    }

    /** JOINED with a discriminator column. */
    @Entity(name = "Vehicle")
    @Inheritance(strategy = InheritanceType.JOINED)
    @DiscriminatorColumn(name = "kind", length = 20)
    public static class Vehicle {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        String plate;
    }

    /** A car. */
    @Entity(name = "Car")
    public static class Car extends Vehicle {
        int seats;
    }

    /** A truck. */
    @Entity(name = "Truck")
    public static class Truck extends Vehicle {
        double payload;
    }

    /** TABLE_PER_CLASS: assigned keys (IDENTITY cannot span the tables). */
    @Entity(name = "Shape")
    @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
    public abstract static class Shape {
        @Id
        Long id;
        String color;
    }

    /** A circle. */
    @Entity(name = "Circle")
    public static class Circle extends Shape {
        double radius;
    }

    /** A square. */
    @Entity(name = "Square")
    public static class Square extends Shape {
        double side;
    }
}
