package dev.southward.migrate.jpa.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** SINGLE_TABLE root with a named discriminator; two join tables and a collection table. */
@Entity
@Table(name = "items", indexes = @Index(name = "items_title", columnList = "title"))
@DiscriminatorColumn(name = "item_type", length = 16)
@DiscriminatorValue("ITEM")
public class Item extends Audited {
    @Column(nullable = false, length = 40, unique = true)
    String sku;
    String title;
    @Lob
    String description;
    BigDecimal price;
    boolean available;
    @ManyToOne
    Brand brand;
    @ManyToMany
    @JoinTable(name = "item_categories", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    Set<StoreCategory> categories;
    @ManyToMany
    Set<Label> labels;
    @ElementCollection
    @CollectionTable(name = "item_images", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "url", length = 300)
    List<String> images;
}
