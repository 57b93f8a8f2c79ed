package dev.southward.migrate.workflow.history.m2m.v3;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;
import java.util.List;
import java.util.Set;

@App(name = "library", models = {LibraryApp.Book.class, LibraryApp.Tag.class})
public final class LibraryApp {
    public static class Book {
        @Field(maxLength = 100)
        String title;
        List<Tag> tags;
    }

    public static class Tag {
        @Field(maxLength = 30)
        String name;
    }
}
