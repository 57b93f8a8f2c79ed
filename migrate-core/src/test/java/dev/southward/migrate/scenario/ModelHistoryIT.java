package dev.southward.migrate.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.operation.AlterField;
import dev.southward.migrate.questioner.Answers;
import dev.southward.migrate.testing.H2Extension;
import dev.southward.migrate.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real model histories (issue 9): every generated migration applies forwards, backwards and forwards again with
 * {@code verify} clean. The scenarios are public so that the MySQL module runs them on MySQL 8 and MariaDB.
 */
@ExtendWith(H2Extension.class)
public class ModelHistoryIT {
    @TempDir
    Path dir;

    @Test
    void textAndBlobDefaults(TestDatabase db) {
        textAndBlobDefaults(db, dir);
    }

    @Test
    void foreignKeyLosesOrChangesItsIndex(TestDatabase db) {
        foreignKeyLosesOrChangesItsIndex(db, dir);
    }

    @Test
    void defaultsAndRulesComparedByMeaning(TestDatabase db) {
        defaultsAndRulesComparedByMeaning(db, dir);
    }

    @Test
    void foreignKeyWithoutConstraint(TestDatabase db) {
        foreignKeyWithoutConstraint(db, dir);
    }

    /** Permanent and one-off defaults on TEXT and BLOB columns, changed and dropped again. */
    public static void textAndBlobDefaults(TestDatabase db, Path dir) {
        ModelHistory.of(db, dir, "notes")
                .answers(TextDefaults.V2.class, Answers.none().defaultFor("notes.Note.summary", "n/a"))
                .afterFirst(d -> d.execute(d.sql("INSERT INTO \"notes_note\" (\"title\") VALUES ('a'), ('b')")))
                .run(TextDefaults.V1.class, TextDefaults.V2.class, TextDefaults.V3.class);
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"notes_note\" WHERE \"summary\" = 'n/a' AND \"body\" = ''")))
                .isEqualTo(2);
        db.execute(db.sql("INSERT INTO \"notes_note\" (\"title\") VALUES ('c')"));
        String body = db.jdbi().withHandle(h -> h.createQuery(db.sql(
                "SELECT \"body\" FROM \"notes_note\" WHERE \"title\" = 'c'")).mapTo(String.class).one());
        assertThat(body).isEqualTo("it's a 'quoted' one");
    }

    /** A foreign key's own index is dropped or becomes unique (one-to-one), forwards and backwards. */
    public static void foreignKeyLosesOrChangesItsIndex(TestDatabase db, Path dir) {
        ModelHistory.of(db, dir, "shop")
                .afterFirst(d -> d.execute(d.sql("INSERT INTO \"shop_source\" (\"name\") VALUES ('reef')")))
                .run(ForeignKeyIndexes.V1.class, ForeignKeyIndexes.V2.class, ForeignKeyIndexes.V3.class);
        db.execute(db.sql("INSERT INTO \"shop_item\" (\"title\", \"source_id\") VALUES ('a', 1)"));
        assertThatThrownBy(() -> db.execute(db.sql("INSERT INTO \"shop_item\" (\"title\", \"source_id\") VALUES "
                + "('b', 1)"))).as("source is one-to-one").isNotNull();
        assertThatThrownBy(() -> db.execute(db.sql("INSERT INTO \"shop_item\" (\"title\", \"backup_id\") VALUES "
                + "('c', 99)"))).as("backup keeps its constraint").isNotNull();
    }

    /** Datetime, date, time, decimal, double and boolean defaults and a NO ACTION rule read back as declared. */
    public static void defaultsAndRulesComparedByMeaning(TestDatabase db, Path dir) {
        ModelHistory.of(db, dir, "events")
                .afterFirst(d -> d.execute(d.sql("INSERT INTO \"events_event\" (\"name\") VALUES ('launch')")))
                .run(Normalised.V1.class, Normalised.V2.class);
        assertThat(db.count(db.sql("SELECT COUNT(*) FROM \"events_event\" WHERE \"day\" = DATE '2024-05-01'")))
                .isEqualTo(1);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code @ForeignKey(constraint = false)}: column and index only; the change either way alters the constraint. */
    public static void foreignKeyWithoutConstraint(TestDatabase db, Path dir) {
        ModelHistory history = ModelHistory.of(db, dir, "shop")
                .afterFirst(d -> d.execute(d.sql("INSERT INTO \"shop_source\" (\"name\") VALUES ('reef')")))
                .run(NoConstraint.V1.class, NoConstraint.V2.class);
        db.execute(db.sql("INSERT INTO \"shop_item\" (\"title\", \"origin_id\") VALUES ('orphan', 99)"));
        db.execute(db.sql("INSERT INTO \"shop_tag\" (\"item_id\") VALUES (99)"));
        assertThatThrownBy(() -> db.execute(db.sql("INSERT INTO \"shop_item\" (\"title\", \"owner_id\") VALUES "
                + "('x', 99)"))).as("owner has its constraint").isNotNull();
        db.execute(db.sql("DELETE FROM \"shop_item\""));
        db.execute(db.sql("DELETE FROM \"shop_tag\""));

        history.run(NoConstraint.V3.class);
        Migration third = history.southward().migrations().stream()
                .filter(m -> m.key().name().equals(history.migrations().get(2))).findFirst().orElseThrow();
        assertThat(third.operations()).hasSize(2).allSatisfy(o -> assertThat(o).isInstanceOf(AlterField.class));
        for (boolean backwards : new boolean[] {false, true}) {
            String sql = String.join("\n", history.southward().sql("shop", third.key().name(), backwards));
            assertThat(sql).as("only constraints change").contains("CONSTRAINT")
                    .doesNotContainIgnoringCase("DROP COLUMN").doesNotContainIgnoringCase("ADD COLUMN")
                    .doesNotContainIgnoringCase("MODIFY").doesNotContainIgnoringCase("UPDATE");
        }
        String file = readString(dir.resolve("shop").resolve(history.migrations().get(1) + ".json"));
        assertThat(file).as("only a reference without constraint says so").contains("\"constraint\" : false")
                .doesNotContain("\"constraint\" : true");
        db.execute(db.sql("INSERT INTO \"shop_item\" (\"title\", \"owner_id\") VALUES ('orphan', 99)"));
        assertThatThrownBy(() -> db.execute(db.sql("INSERT INTO \"shop_item\" (\"title\", \"origin_id\") VALUES "
                + "('x', 99)"))).as("origin has its constraint now").isNotNull();
    }
}
