package dev.southward.migrate.workflow.history.retype.v1;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;
import dev.southward.migrate.model.Id;

/** Two re-typed keys, each referenced from one table only: a node by its parent, a tag by its labels. */
@App(name = "tree", models = {TreeApp.Node.class, TreeApp.Tag.class, TreeApp.Label.class})
public final class TreeApp {
    public static class Node {
        @Id(autoIncrement = true)
        int id;
        @Field(nullable = true)
        Node parent;
    }

    public static class Tag {
        @Id(autoIncrement = true)
        int id;
        @Field(maxLength = 20)
        String name;
    }

    public static class Label {
        Tag tag;
    }
}
