package dev.southward.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.boot.clinic.jpa.OwnerEntity;
import dev.southward.boot.testing.Boot;
import dev.southward.boot.testing.Causes;
import dev.southward.boot.testing.Migrations;
import dev.southward.boot.testing.StatementsBeforeJpa;
import dev.southward.migrate.MigrationFailedException;
import dev.southward.migrate.Southward;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Real Spring Boot applications on the local MariaDB (127.0.0.1:3306, root; a fresh database per test, dropped
 * afterwards). Skipped when MariaDB is not running, except in CI ({@code CI} set), where that fails.
 */
class SouthwardBootMariaDbIT {
    private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";
    private final String database = "sw_boot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String url = SERVER + database;

    @TempDir
    Path dir;

    @BeforeEach
    void createDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, "root", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + database + "`");
        } catch (SQLException e) {
            if (System.getenv("CI") != null) {
                throw e;
            }
            Assumptions.abort("MariaDB is not running on 127.0.0.1:3306: " + e.getMessage());
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
        }
    }

    @Test
    void migratesBeforeJpaThenANoOpStartUpSendsOneQuery() {
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(StatementsBeforeJpa.class).events()).containsExactly("southward", "jpa");
            EntityManager em = app.getBean(EntityManagerFactory.class).createEntityManager();
            em.getTransaction().begin();
            OwnerEntity owner = new OwnerEntity();
            owner.name = "Grace";
            em.persist(owner);
            em.getTransaction().commit();
            assertThat(owner.id).isNotNull();
            em.close();
        }

        try (ConfigurableApplicationContext app = start()) {
            List<String> sent = app.getBean(StatementsBeforeJpa.class).southwardStatements();
            assertThat(sent).hasSize(1);
            assertThat(sent.get(0)).startsWith("SELECT").contains("`southward_history`");
            assertThat(SouthwardBootH2IT.states(app.getBean(Southward.class)))
                    .containsExactly("clinic.0001_initial APPLIED");
        }
    }

    @Test
    void dryRunAndBetweenMigrationsRefuseToStart() throws SQLException {
        Migrations.initial(dir);
        assertThatThrownBy(() -> start("southward.directory=" + dir, "southward.dry-run=true"))
                .satisfies(e -> assertThat(Causes.find(e, SouthwardStartupException.class).getMessage())
                        .contains("apply clinic.0001_initial", "CREATE TABLE `clinic_owner`"));

        start("southward.directory=" + dir).close();
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO `clinic_owner` (`name`) VALUES ('Ada')");
            s.execute("INSERT INTO `clinic_pet` (`name`, `owner_id`) SELECT 'Rex', `id` FROM `clinic_owner` "
                    + "UNION ALL SELECT 'Rex', `id` FROM `clinic_owner`");
        }
        String second = Migrations.make(dir, dev.southward.boot.clinic.v2.ClinicApp.class).migrations().get(0)
                .key().toString();
        assertThatThrownBy(() -> start("southward.directory=" + dir))
                .satisfies(e -> assertThat(Causes.find(e, MigrationFailedException.class).getMessage())
                        .contains(second, "clinic_pet_name_uniq"));
        assertThatThrownBy(() -> start("southward.directory=" + dir))
                .satisfies(e -> assertThat(Causes.find(e, SouthwardStartupException.class).getMessage())
                        .contains("between migrations", second));
    }

    private ConfigurableApplicationContext start(String... more) {
        String[] properties = new String[more.length + 3];
        properties[0] = "spring.datasource.url=" + url;
        properties[1] = "spring.datasource.username=root";
        properties[2] = "southward.lock-timeout=10s";
        System.arraycopy(more, 0, properties, 3, more.length);
        return Boot.start(false, properties);
    }
}
