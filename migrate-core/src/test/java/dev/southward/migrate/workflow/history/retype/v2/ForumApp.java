package dev.southward.migrate.workflow.history.retype.v2;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;
import dev.southward.migrate.model.ForeignKey;
import dev.southward.migrate.state.OnDelete;

/** Topics started by a person (set to null when the person goes) and read by one (no constraint). */
@App(name = "forum", models = {ForumApp.Topic.class})
public final class ForumApp {
    public static class Topic {
        @Field(nullable = true)
        @ForeignKey(onDelete = OnDelete.SET_NULL)
        PeopleApp.Person starter;
        @Field(nullable = true)
        @ForeignKey(constraint = false)
        PeopleApp.Person lastReader;
        @Field(maxLength = 40)
        String subject;
    }
}
