package dev.southward.migrate.workflow.v2;

import dev.southward.migrate.model.App;

@App(name = "images", models = {Source.class, Image.class})
public final class ImagesApp {
}
