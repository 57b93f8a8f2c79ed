package dev.southward.boot.clinic.v2;

import dev.southward.migrate.model.App;

/** The next version of the clinic app: makes {@code 0002} on top of the committed {@code 0001_initial}. */
@App(name = "clinic", models = {Owner.class, Pet.class})
public final class ClinicApp {
}
