package dev.southward.migrate.workflow.history.retype.v1;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;
import dev.southward.migrate.model.Id;

/** People with int ids, declared; a mentor (a reference to the same model) and badges (same app). */
@App(name = "people", models = {PeopleApp.Person.class, PeopleApp.Badge.class})
public final class PeopleApp {
    public static class Person {
        @Id(autoIncrement = true)
        int id;
        @Field(maxLength = 40)
        String name;
        @Field(nullable = true)
        Person mentor;
    }

    public static class Badge {
        Person holder;
        @Field(maxLength = 20)
        String title;
    }
}
