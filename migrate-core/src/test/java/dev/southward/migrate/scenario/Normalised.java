package dev.southward.migrate.scenario;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;
import dev.southward.migrate.model.ForeignKey;
import dev.southward.migrate.state.OnDelete;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Item 7 of issue 9: defaults and rules the server prints differently from how the model writes them. */
final class Normalised {
    private Normalised() {
    }

    @App(name = "events", models = {V1.Venue.class, V1.Event.class})
    static final class V1 {
        static class Venue {
            @Field(maxLength = 20)
            String name;
        }

        static class Event {
            @Field(maxLength = 20)
            String name;
        }
    }

    @App(name = "events", models = {V2.Venue.class, V2.Event.class})
    static final class V2 {
        static class Venue {
            @Field(maxLength = 20)
            String name;
        }

        static class Event {
            @Field(maxLength = 20)
            String name;
            @Field(defaultValue = "2024-05-01T13:53:58")
            LocalDateTime startsAt;
            @Field(defaultValue = "2024-05-01")
            LocalDate day;
            @Field(defaultValue = "10:15")
            LocalTime doors;
            @Field(defaultValue = "1.5", precision = 10, scale = 2)
            BigDecimal price;
            @Field(defaultValue = "2.5")
            double rating;
            @Field(defaultValue = "true")
            boolean open;
            @Field(nullable = true)
            @ForeignKey(onDelete = OnDelete.NO_ACTION)
            Venue venue;
            @Field(nullable = true)
            @ForeignKey(onDelete = OnDelete.RESTRICT)
            Venue backup;
        }
    }
}
