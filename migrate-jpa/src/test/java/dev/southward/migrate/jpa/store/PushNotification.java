package dev.southward.migrate.jpa.store;

import jakarta.persistence.Entity;

/** A push message. */
@Entity
public class PushNotification extends Notification {
    String deviceToken;
    boolean silent;
}
