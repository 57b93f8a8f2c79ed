package dev.southward.migrate.jpa.store;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDateTime;

/** Creation and change times, below {@link Identified}: two levels of mapped superclasses. */
@MappedSuperclass
public abstract class Audited extends Identified {
    Instant createdAt;
    LocalDateTime updatedAt;
}
