package dev.southward.migrate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.ModelDefinitionException;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.OnDelete;
import dev.southward.migrate.state.ProjectState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ModelScannerTest {
    enum Status { DRAFT, PUBLISHED }

    @App(name = "accounts", models = {Profile.class})
    static final class Accounts {
    }

    static class Profile {
        @Field(maxLength = 30, unique = true)
        String login;
    }

    @App(name = "images", models = {Everything.class, Source.class})
    static final class Images {
    }

    @Model(table = "img_source")
    static class Source {
        @Id
        UUID key;
    }

    @Index({"name", "createdAt"})
    @UniqueTogether({"source", "name"})
    static class Everything {
        @Field(maxLength = 80, index = true)
        String name;
        @Field(text = true, nullable = true)
        String body;
        int count;
        long big;
        short small;
        @Field(defaultValue = "true")
        boolean flag;
        @Field(precision = 10, scale = 3)
        BigDecimal price;
        double ratio;
        LocalDate day;
        LocalTime time;
        LocalDateTime createdAt;
        Instant seenAt;
        @Field(nullable = true)
        byte[] blob;
        UUID token;
        @Field(defaultValue = "DRAFT")
        Status status;
        @Field(column = "src")
        Source source;
        @ForeignKey(onDelete = OnDelete.SET_NULL)
        @Field(nullable = true)
        Profile owner;
        static int ignoredStatic;
        transient int ignoredTransient;
    }

    @Test
    void everyFieldTypeAndOption() {
        ProjectState state = ModelScanner.scan(List.of(Accounts.class, Images.class));
        ModelState m = state.requireModel("images", "Everything");
        assertThat(m.table()).isEqualTo("images_everything");
        Map<String, String> described = new java.util.LinkedHashMap<>();
        m.fields().forEach(f -> described.put(f.name() + "/" + f.column(), f.describe()));
        assertThat(described).containsExactly(
                Map.entry("id/id", "long"), Map.entry("name/name", "varchar 80"), Map.entry("body/body", "text null"),
                Map.entry("count/count", "int"), Map.entry("big/big", "long"), Map.entry("small/small", "short"),
                Map.entry("flag/flag", "boolean"), Map.entry("price/price", "decimal 10,3"),
                Map.entry("ratio/ratio", "double"), Map.entry("day/day", "date"), Map.entry("time/time", "time"),
                Map.entry("createdAt/created_at", "datetime"), Map.entry("seenAt/seen_at", "instant"),
                Map.entry("blob/blob", "binary null"), Map.entry("token/token", "uuid"),
                Map.entry("status/status", "varchar 50"), Map.entry("source/src", "uuid -> images.Source"),
                Map.entry("owner/owner_id", "long -> accounts.Profile null"));
        assertThat(m.requireField("id").autoIncrement()).isTrue();
        assertThat(m.requireField("name").indexed()).isTrue();
        assertThat(m.requireField("flag").defaultValue()).isEqualTo("true");
        assertThat(m.requireField("owner").foreignKey().onDelete()).isEqualTo(OnDelete.SET_NULL);
        assertThat(m.indexes()).extracting(i -> i.name() + " " + i.fields() + " " + i.unique()).containsExactly(
                "images_everything_name_created_at_idx [name, createdAt] false",
                "images_everything_src_name_uniq [source, name] true");
        ModelState source = state.requireModel("images", "Source");
        assertThat(source.table()).isEqualTo("img_source");
        assertThat(source.fields()).containsExactly(new FieldState("key", "key", FieldType.UUID, null, null, null,
                false, null, true, false, false, false, null));
        assertThat(state.requireModel("accounts", "Profile").requireField("login").unique()).isTrue();
    }

    @App(name = "broken", models = {Broken.class, Duplicate.class})
    static final class BrokenApp {
    }

    static class NotAModel {
    }

    static class Broken {
        @Id
        long a;
        @Id
        long b;
        List<String> tags;
        @ForeignKey
        NotAModel other;
        @Field(column = "a")
        int alsoA;
        @Field(column = "bad name")
        int spaced;
        @Field(column = "ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc")
        int tooLong;
        @Field(defaultValue = "many")
        int count;
        @Field(defaultValue = "ARCHIVED")
        Status status;
    }

    @Model(table = "broken_broken")
    static class Duplicate {
    }

    @Test
    void allProblemsAreReportedTogether() {
        String c65 = "c".repeat(65);
        String b = Broken.class.getName();
        assertThatThrownBy(() -> ModelScanner.scan(List.of(BrokenApp.class, String.class)))
                .isInstanceOf(ModelDefinitionException.class)
                .satisfies(e -> assertThat(((ModelDefinitionException) e).problems()).containsExactlyInAnyOrder(
                        "java.lang.String: not annotated with @App",
                        b + ".tags: a collection field is many-to-many and needs a model class as its element type, not "
                                + "java.util.List<java.lang.String> (see docs/models.md)",
                        b + ".other: foreign key to unknown model " + NotAModel.class.getName()
                                + " (it is not listed in the models of any @App)",
                        b + ".spaced: column name 'bad name' is not a valid identifier (letters, digits and _, not "
                                + "starting with a digit)",
                        b + ".tooLong: column name '" + c65 + "' is 65 characters long (at most 64)",
                        b + ".count default 'many' is not a valid int value",
                        b + ".status default 'ARCHIVED' is not a constant of Status",
                        b + ": declares 2 primary keys (@Id); a model has exactly one",
                        b + ".alsoA: duplicate column name 'a'",
                        Duplicate.class.getName() + ": table 'broken_broken' is used by another model too"));
    }
}
