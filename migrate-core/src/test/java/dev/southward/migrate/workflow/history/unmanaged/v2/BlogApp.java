package dev.southward.migrate.workflow.history.unmanaged.v2;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

@App(name = "blog", models = {BlogApp.Post.class})
public final class BlogApp {
    public static class Post {
        AccountsApp.User author;
        @Field(maxLength = 100)
        String title;
        @Field(nullable = true)
        AccountsApp.User editor;
    }
}
