package dev.southward.examples.petclinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.Southward;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application started as a user starts it on MariaDB ({@code --spring.profiles.active=mariadb}), on a fresh
 * database of the local server (127.0.0.1:3306, root) that the test creates and drops. Skipped when MariaDB is not
 * running, except in CI ({@code CI} set), where that fails.
 */
class PetClinicMariaDbIT {
    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private final String database = "petclinic_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

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
    void migratesBeforeJpaServesOwnersAndStartsAgainWithNothingToDo() {
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(StartupOrder.class).events()).containsExactly("southward migrated", "jpa started");
            assertThat(app.getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
            Http http = new Http(port(app));
            JsonMapper json = app.getBean(JsonMapper.class);
            assertThat(PetClinicApplicationTest.endpointStates(json, http.get("/actuator/southward").body()))
                    .containsExactly("0001_initial APPLIED", "0002_auto__add_field_owner_email APPLIED");
            PetClinicApplicationTest.assertOwnersApi(http, json);
            PetClinicApplicationTest.assertVetsApi(http, json, app.getBean(EntityManagerFactory.class));
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?",
                    String.class, database)).containsExactlyInAnyOrder(
                    "owners", "pets", "southward_history", "specialties", "types", "vet_specialties", "vets", "visits");
        }

        try (ConfigurableApplicationContext again = start()) {
            assertThat(PetClinicApplicationTest.applied(again.getBean(Southward.class)))
                    .containsExactlyElementsOf(PetClinicApplicationTest.MIGRATIONS);
            assertThat(again.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM owners", Integer.class))
                    .isEqualTo(1);
        }
    }

    /** As {@code java -jar app.jar --spring.profiles.active=mariadb --spring.datasource.url=...}. */
    private ConfigurableApplicationContext start() {
        return SpringApplication.run(new Class<?>[] {PetClinicApplication.class, StartupOrder.Config.class},
                new String[] {"--spring.profiles.active=mariadb", "--spring.datasource.url=" + SERVER + database,
                        "--server.port=0", "--spring.main.banner-mode=off"});
    }

    private static int port(ConfigurableApplicationContext app) {
        return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
