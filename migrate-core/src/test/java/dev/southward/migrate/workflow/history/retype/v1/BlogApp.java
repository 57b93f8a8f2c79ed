package dev.southward.migrate.workflow.history.retype.v1;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

/** Posts by a person of the people app. */
@App(name = "blog", models = {BlogApp.Post.class})
public final class BlogApp {
    public static class Post {
        PeopleApp.Person author;
        @Field(maxLength = 40)
        String title;
    }
}
