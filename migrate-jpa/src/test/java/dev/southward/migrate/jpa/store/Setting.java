package dev.southward.migrate.jpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A setting with an assigned string key and a long varchar. */
@Entity
public class Setting {
    @Id
    @Column(length = 64)
    String name;
    @Column(length = 1000)
    String content;
    boolean secret;
}
