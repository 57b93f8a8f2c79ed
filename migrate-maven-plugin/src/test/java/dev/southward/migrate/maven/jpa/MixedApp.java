package dev.southward.migrate.maven.jpa;

import dev.southward.migrate.model.App;

/** Lists a JPA entity and a Southward model: refused by name. */
@App(name = "mixed", models = {Customer.class, Note.class})
public final class MixedApp {
    private MixedApp() {
    }
}
