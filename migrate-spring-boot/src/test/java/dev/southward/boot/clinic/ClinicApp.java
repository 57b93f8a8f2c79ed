package dev.southward.boot.clinic;

import dev.southward.migrate.model.App;

/** The test app: Southward's models make its migrations; the JPA entities in {@code jpa} are validated. */
@App(name = "clinic", models = {Owner.class, Pet.class})
public final class ClinicApp {
}
