package it.images;

import dev.southward.migrate.model.App;

/** The app of this integration test: one model. */
@App(name = "images", models = Image.class)
public final class ImagesApp {
}
