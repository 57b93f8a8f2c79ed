package dev.southward.migrate.maven.jpa;

import dev.southward.migrate.model.App;

/** An app of Southward models. */
@App(name = "notes", models = Note.class)
public final class NotesApp {
    private NotesApp() {
    }
}
