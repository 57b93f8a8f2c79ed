package dev.southward.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.boot.clinic.jpa.OwnerEntity;
import dev.southward.boot.clinic.jpa.PetEntity;
import dev.southward.boot.testing.Boot;
import dev.southward.boot.testing.Causes;
import dev.southward.boot.testing.Migrations;
import dev.southward.boot.testing.StatementsBeforeJpa;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.MigrationFailedException;
import dev.southward.migrate.Southward;
import dev.southward.migrate.Status;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Real Spring Boot applications on H2 with JPA validating what Southward migrated at start-up. */
class SouthwardBootH2IT {
    private final String url = "jdbc:h2:mem:boot_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";

    @TempDir
    Path dir;

    @Test
    void migratesBeforeJpaSoThatValidatePasses() {
        try (ConfigurableApplicationContext app = Boot.start(false, "spring.datasource.url=" + url)) {
            assertThat(app.getBean(StatementsBeforeJpa.class).events()).containsExactly("southward", "jpa");
            EntityManager em = app.getBean(EntityManagerFactory.class).createEntityManager();
            em.getTransaction().begin();
            OwnerEntity owner = new OwnerEntity();
            owner.name = "Ada";
            em.persist(owner);
            PetEntity pet = new PetEntity();
            pet.name = "Rex";
            pet.birthDate = LocalDate.of(2020, 5, 1);
            pet.owner = owner;
            em.persist(pet);
            em.getTransaction().commit();
            em.clear();
            assertThat(em.find(PetEntity.class, pet.id).owner.name).isEqualTo("Ada");
            em.close();
            assertThat(states(app.getBean(Southward.class))).containsExactly("clinic.0001_initial APPLIED");
        }
    }

    @Test
    void aNoOpStartUpSendsOneQuery() {
        Boot.start(false, "spring.datasource.url=" + url).close();

        try (ConfigurableApplicationContext app = Boot.start(false, "spring.datasource.url=" + url)) {
            List<String> sent = app.getBean(StatementsBeforeJpa.class).southwardStatements();
            assertThat(sent).hasSize(1);
            assertThat(sent.get(0)).startsWith("SELECT").contains("\"SOUTHWARD_HISTORY\"");
        }
    }

    @Test
    void dryRunRefusesToStartWithThePlanAndChangesNothing() throws SQLException {
        Migrations.initial(dir);

        assertThatThrownBy(() -> Boot.start(false, "spring.datasource.url=" + url, "southward.directory=" + dir,
                "southward.dry-run=true"))
                .satisfies(e -> assertThat(Causes.find(e, SouthwardStartupException.class).getMessage())
                        .contains("1 migration(s) pending", "apply clinic.0001_initial", "CREATE TABLE \"CLINIC_OWNER\""));
        assertThat(tables()).doesNotContain("clinic_owner", "southward_history");
    }

    @Test
    void dryRunStartsWhenNothingIsPending() {
        Migrations.initial(dir);
        Boot.start(false, "spring.datasource.url=" + url, "southward.directory=" + dir).close();

        try (ConfigurableApplicationContext app = Boot.start(false, "spring.datasource.url=" + url,
                "southward.directory=" + dir, "southward.dry-run=true")) {
            assertThat(app.getBean(StatementsBeforeJpa.class).events()).containsExactly("southward", "jpa");
        }
    }

    @Test
    void betweenMigrationsRefusesToStartWithTheReportAndResumeRecovers() throws SQLException {
        Migrations.initial(dir);
        Boot.start(false, "spring.datasource.url=" + url, "southward.directory=" + dir).close();
        execute("INSERT INTO clinic_owner (name) VALUES ('Ada')");
        execute("INSERT INTO clinic_pet (name, owner_id) SELECT 'Rex', id FROM clinic_owner "
                + "UNION ALL SELECT 'Rex', id FROM clinic_owner");
        MakeResult made = Migrations.make(dir, dev.southward.boot.clinic.v2.ClinicApp.class);
        assertThat(made.migrations()).hasSize(1);
        String second = made.migrations().get(0).key().toString();

        assertThatThrownBy(() -> Boot.start(false, "spring.datasource.url=" + url, "southward.directory=" + dir))
                .satisfies(e -> assertThat(Causes.find(e, MigrationFailedException.class).getMessage()).contains(second));
        assertThatThrownBy(() -> Boot.start(false, "spring.datasource.url=" + url, "southward.directory=" + dir))
                .satisfies(e -> assertThat(Causes.find(e, SouthwardStartupException.class).getMessage())
                        .contains("between migrations", second, "southward.between-migrations"));

        execute("DELETE FROM clinic_pet WHERE id = (SELECT MAX(id) FROM clinic_pet)");
        try (ConfigurableApplicationContext app = Boot.start(false, "spring.datasource.url=" + url,
                "southward.directory=" + dir, "southward.between-migrations=resume")) {
            assertThat(states(app.getBean(Southward.class)))
                    .containsExactly("clinic.0001_initial APPLIED", second + " APPLIED");
        }
    }

    @Test
    void aStrategyBeanReplacesTheDefaultCall() throws SQLException {
        try (ConfigurableApplicationContext app = Boot.start(false, new Class<?>[] {Recording.class},
                "spring.datasource.url=" + url, "southward.enabled=true")) {
            assertThat(app.getBean(Recording.class).calls).containsExactly("before", "after");
            assertThat(app.getBean(StatementsBeforeJpa.class).events()).containsExactly("southward", "jpa");
        }
        assertThat(tables()).contains("clinic_owner", "southward_history");
    }

    @Test
    void southwardUrlMigratesThroughItsOwnDataSource() throws SQLException {
        try (ConfigurableApplicationContext app = Boot.start(false, "spring.datasource.url=" + url,
                "southward.url=" + url, "southward.user=sa", "southward.history-table=clinic_history")) {
            assertThat(app.getBean(StatementsBeforeJpa.class).southwardStatements())
                    .as("nothing through the application's DataSource").isEmpty();
        }
        assertThat(tables()).contains("clinic_owner", "clinic_history").doesNotContain("southward_history");
    }

    @Test
    void disabledDoesNotMigrate() throws SQLException {
        assertThatThrownBy(() -> Boot.start(false, "spring.datasource.url=" + url, "southward.enabled=false"))
                .hasStackTraceContaining("clinic_owner");
        assertThat(tables()).doesNotContain("southward_history");
    }

    /** A strategy wrapping the default start-up call. */
    @Configuration(proxyBeanMethods = false)
    static class Recording {
        final List<String> calls = new ArrayList<>();

        @Bean
        SouthwardMigrationStrategy recordingStrategy(SouthwardProperties properties) {
            return southward -> {
                calls.add("before");
                new SouthwardStartup(southward, properties).run();
                calls.add("after");
            };
        }
    }

    static List<String> states(Southward southward) {
        Status status = southward.list();
        List<String> out = new ArrayList<>();
        status.apps().forEach(a -> a.migrations().forEach(m -> out.add(m.key() + " " + m.state())));
        return out;
    }

    /** The tables, in lower case (H2 stores Southward's names as unquoted SQL finds them: upper case). */
    private List<String> tables() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
