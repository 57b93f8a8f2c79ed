package dev.southward.migrate.scenario;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;

/** Item 4 of issue 9: defaults on TEXT and BLOB columns (MySQL 8 takes only expression defaults there). */
final class TextDefaults {
    private TextDefaults() {
    }

    @App(name = "notes", models = V1.Note.class)
    static final class V1 {
        static class Note {
            @Field(maxLength = 50)
            String title;
        }
    }

    @App(name = "notes", models = V2.Note.class)
    static final class V2 {
        static class Note {
            @Field(maxLength = 50)
            String title;
            @Field(text = true, defaultValue = "")
            String body;
            @Field(text = true)
            String summary;
            @Field(defaultValue = "AQI=")
            byte[] data;
        }
    }

    @App(name = "notes", models = V3.Note.class)
    static final class V3 {
        static class Note {
            @Field(maxLength = 50)
            String title;
            @Field(text = true, defaultValue = "it's a 'quoted' one")
            String body;
            @Field(text = true, defaultValue = "none")
            String summary;
            @Field(nullable = true)
            byte[] data;
        }
    }
}
