package dev.southward.migrate.scenario;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;
import dev.southward.migrate.model.ForeignKey;

/** Item 11 of issue 9: a foreign key without a database constraint, and a change of that in both directions. */
final class NoConstraint {
    private NoConstraint() {
    }

    @App(name = "shop", models = {V1.Source.class, V1.Item.class})
    static final class V1 {
        static class Source {
            @Field(maxLength = 20)
            String name;
        }

        static class Item {
            @Field(maxLength = 20)
            String title;
        }
    }

    @App(name = "shop", models = {V2.Source.class, V2.Item.class, V2.Tag.class})
    static final class V2 {
        static class Source {
            @Field(maxLength = 20)
            String name;
        }

        static class Item {
            @Field(maxLength = 20)
            String title;
            @Field(nullable = true)
            @ForeignKey(constraint = false)
            Source origin;
            @Field(nullable = true)
            Source owner;
        }

        static class Tag {
            @ForeignKey(constraint = false)
            Item item;
        }
    }

    @App(name = "shop", models = {V3.Source.class, V3.Item.class, V3.Tag.class})
    static final class V3 {
        static class Source {
            @Field(maxLength = 20)
            String name;
        }

        static class Item {
            @Field(maxLength = 20)
            String title;
            @Field(nullable = true)
            Source origin;
            @Field(nullable = true)
            @ForeignKey(constraint = false)
            Source owner;
        }

        static class Tag {
            @ForeignKey(constraint = false)
            Item item;
        }
    }
}
