package dev.southward.migrate.scenario;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

/** Item 5 of issue 9: a foreign key becomes unique (one-to-one) or loses its index, and back. */
final class ForeignKeyIndexes {
    private ForeignKeyIndexes() {
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

    @App(name = "shop", models = {V2.Source.class, V2.Item.class})
    static final class V2 {
        static class Source {
            @Field(maxLength = 20)
            String name;
        }

        static class Item {
            @Field(maxLength = 20)
            String title;
            @Field(nullable = true, index = true)
            Source source;
            @Field(nullable = true, index = true)
            Source backup;
        }
    }

    @App(name = "shop", models = {V3.Source.class, V3.Item.class})
    static final class V3 {
        static class Source {
            @Field(maxLength = 20)
            String name;
        }

        static class Item {
            @Field(maxLength = 20)
            String title;
            @Field(nullable = true, unique = true)
            Source source;
            @Field(nullable = true)
            Source backup;
        }
    }
}
