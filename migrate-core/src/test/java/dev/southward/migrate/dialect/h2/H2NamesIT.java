package dev.southward.migrate.dialect.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.evolution.Evolution;
import dev.southward.migrate.evolution.EvolutionRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * H2 gets names the way unquoted SQL finds them (issue 11): upper case by default, lower case with
 * {@code DATABASE_TO_LOWER=TRUE}, as written with {@code DATABASE_TO_UPPER=FALSE}. Plain SQL finds every table and
 * column, and {@code verify} is clean, whatever the setting.
 */
class H2NamesIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "settings [{0}]")
    @CsvSource({"'', IMAGES_IMAGE", "';DATABASE_TO_LOWER=TRUE', images_image", "';DATABASE_TO_UPPER=FALSE', images_image"})
    void namesAreCreatedAsUnquotedSqlFindsThem(String settings, String stored) {
        JdbcDataSource ds = h2(settings);
        Jdbi jdbi = Jdbi.create(ds);
        Southward southward = Southward.create(ds).withMigrationsDirectory(dir)
                .withApps(dev.southward.migrate.workflow.v1.AccountsApp.class,
                        dev.southward.migrate.workflow.v1.ImagesApp.class);
        southward.makeMigrations(MakeRequest.auto());
        southward.migrate();

        List<String> tables = jdbi.withHandle(h -> h.createQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = SCHEMA() ORDER BY TABLE_NAME").mapTo(String.class).list());
        assertThat(tables).contains(stored);
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO accounts_user (username, email) VALUES ('ada', NULL)");
            assertThat(h.createQuery("SELECT username FROM accounts_user WHERE email IS NULL").mapTo(String.class)
                    .one()).isEqualTo("ada");
            assertThat(h.createQuery("SELECT COUNT(*) FROM images_image").mapTo(Integer.class).one()).isZero();
        });
        assertThat(southward.verify().all()).isEmpty();
        southward.migrate(MigrateRequest.app("images").target("zero"));
        southward.migrate(MigrateRequest.app("accounts").target("zero"));
        int left = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE "
                + "TABLE_SCHEMA = SCHEMA() AND LOWER(TABLE_NAME) LIKE 'images_%'").mapTo(Integer.class).one());
        assertThat(left).isZero();
    }

    /** Random histories (every type, key changes, renames, moves) verify clean under the other two foldings too. */
    @ParameterizedTest(name = "settings [{0}]")
    @CsvSource({"';DATABASE_TO_LOWER=TRUE'", "';DATABASE_TO_UPPER=FALSE'"})
    void evolutionsVerifyUnderEveryFolding(String settings) {
        for (long seed : List.of(5L, 14L)) {
            Evolution.check(seed, Evolution.CI_STEPS, () -> {
                JdbcDataSource ds = h2(settings);
                return new EvolutionRunner.Scratch(ds, () -> {
                    try (var c = ds.getConnection(); var st = c.createStatement()) {
                        st.execute("SHUTDOWN");
                    }
                });
            });
        }
    }

    @Test
    void aRefusedIdentifierIsNamedAsWrittenNotAsFolded() {
        assertThat(new H2Dialect().quote("images_image")).isEqualTo("\"IMAGES_IMAGE\"");
        assertThatThrownBy(() -> new H2Dialect().quote("x\"; drop table t; --"))
                .hasMessageContaining("'x\"; drop table t; --'");
    }

    private static JdbcDataSource h2(String settings) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:names_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1"
                + settings);
        return ds;
    }
}
