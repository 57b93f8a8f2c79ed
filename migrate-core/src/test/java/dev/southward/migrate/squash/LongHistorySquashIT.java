package dev.southward.migrate.squash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.SquashRequest;
import dev.southward.migrate.SquashResult;
import dev.southward.migrate.dialect.Dialects;
import dev.southward.migrate.introspect.LiveSchema;
import dev.southward.migrate.introspect.LiveTable;
import dev.southward.migrate.testing.H2Extension;
import dev.southward.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A squash of a long generated history: the same schema as the history (by introspection), then backwards to zero
 * and forwards again, {@code verify} clean after each step. Shared with the MySQL and MariaDB run.
 */
@ExtendWith(H2Extension.class)
public class LongHistorySquashIT {
    @TempDir
    Path dir;

    @Test
    void squashOfAGeneratedHistoryBuildsTheSameSchemaAndGoesBackAndForth(TestDatabase db) {
        run(db, dir, 300, 7);
    }

    @Test
    void squashOfAMiddleRangeOnADatabaseThatHasTheMigrationsBeforeIt(TestDatabase db) {
        GeneratedHistory.write(dir, 80, 11, db::q);
        Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
        southward.migrate(MigrateRequest.app(GeneratedHistory.APP).target("0010"));
        SquashResult squash = southward.squashMigrations(SquashRequest.app(GeneratedHistory.APP).from("0011")
                .to("0070").name("middle"));
        assertThat(squash.key().name()).isEqualTo("0011_middle");
        assertThat(southward.migrate().steps()).hasSize(11); // the squash and 0071..0080
        assertThat(southward.verify().all()).isEmpty();
        southward.migrate(MigrateRequest.app(GeneratedHistory.APP).target("0010"));
        assertThat(southward.verify().all()).isEmpty();
        southward.migrate();
        assertThat(southward.verify().all()).isEmpty();
    }

    /**
     * The scenario on any database.
     *
     * @param db    a fresh database
     * @param dir   an empty migrations directory
     * @param count migrations in the history
     * @param seed  the history's seed
     */
    public static void run(TestDatabase db, Path dir, int count, long seed) {
        GeneratedHistory.write(dir, count, seed, db::q);
        Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
        assertThat(southward.migrate().steps()).hasSize(count);
        assertThat(southward.verify().all()).isEmpty();
        Map<String, String> history = schema(db);
        southward.migrate(MigrateRequest.app(GeneratedHistory.APP).target("zero"));

        SquashResult squash = southward.squashMigrations(SquashRequest.app(GeneratedHistory.APP)
                .to(String.format("%04d", count)));
        assertThat(squash.replaces()).hasSize(count);
        assertThat(squash.after()).isLessThan(squash.before());

        assertThat(southward.migrate().steps()).extracting(s -> s.key()).containsExactly(squash.key());
        assertThat(schema(db)).isEqualTo(history);
        assertThat(southward.verify().all()).isEmpty();
        southward.migrate(MigrateRequest.app(GeneratedHistory.APP).target("zero"));
        assertThat(schema(db)).isEmpty();
        assertThat(southward.verify().all()).isEmpty();
        assertThat(southward.migrate().steps()).hasSize(1);
        assertThat(schema(db)).isEqualTo(history);
        assertThat(southward.verify().all()).isEmpty();
        assertThat(southward.migrate().steps()).isEmpty();
    }

    /** The app's tables as introspected: columns, primary key, indexes and foreign keys. */
    static Map<String, String> schema(TestDatabase db) {
        LiveSchema live = db.jdbi().withHandle(h -> Dialects.forConnection(h.getConnection()).introspector().read(h));
        Map<String, String> out = new TreeMap<>();
        for (LiveTable t : live.tables().values()) {
            if (t.name().toLowerCase().startsWith(GeneratedHistory.APP + "_")) {
                out.put(t.name().toLowerCase(), t.columns() + " pk " + t.primaryKey() + " indexes "
                        + t.indexes().values() + " fks " + t.foreignKeys().values());
            }
        }
        return out;
    }
}
