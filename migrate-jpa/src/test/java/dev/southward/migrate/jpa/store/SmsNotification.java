package dev.southward.migrate.jpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A text message. */
@Entity
public class SmsNotification extends Notification {
    @Column(length = 20, nullable = false)
    String phone;
}
