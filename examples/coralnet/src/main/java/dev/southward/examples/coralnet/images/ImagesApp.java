package dev.southward.examples.coralnet.images;

import dev.southward.migrate.model.App;

/** The images app: sources of survey images, their points, labels and annotations. */
@App(name = "images", models = {Source.class, Image.class, Point.class, Label.class, Annotation.class})
public final class ImagesApp {
    private ImagesApp() {
    }
}
