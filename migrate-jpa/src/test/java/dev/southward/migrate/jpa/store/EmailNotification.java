package dev.southward.migrate.jpa.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Lob;

/** An e-mail: its own table with the inherited columns. */
@Entity
public class EmailNotification extends Notification {
    String subject;
    @Lob
    String body;
}
