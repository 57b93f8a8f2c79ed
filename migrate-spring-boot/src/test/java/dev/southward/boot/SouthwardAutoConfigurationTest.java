package dev.southward.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.Southward;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The auto-configuration's conditions and properties, without opening a database (a strategy stands in). */
class SouthwardAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SouthwardAutoConfiguration.class));

    @Test
    void backsOffWithoutADataSource() {
        runner.run(context -> assertThat(context).doesNotHaveBean(Southward.class)
                .doesNotHaveBean(SouthwardMigrationInitializer.class));
    }

    @Test
    void backsOffWhenDisabled() {
        runner.withUserConfiguration(Database.class).withPropertyValues("southward.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(Southward.class));
    }

    @Test
    void aStrategyBeanIsCalledInsteadOfTheDefaultWithTheSouthwardBean() {
        runner.withUserConfiguration(Database.class, Strategy.class).run(context -> {
            assertThat(context).hasSingleBean(Southward.class).hasSingleBean(SouthwardMigrationInitializer.class);
            assertThat(context.getBean(Strategy.class).seen).containsExactly(context.getBean(Southward.class));
        });
    }

    @Test
    void southwardUrlAloneIsEnough() {
        runner.withUserConfiguration(Strategy.class).withPropertyValues("southward.url=jdbc:h2:mem:unused")
                .run(context -> assertThat(context).hasSingleBean(Southward.class));
    }

    @Test
    void bindsEveryProperty() {
        runner.withUserConfiguration(Database.class, Strategy.class).withPropertyValues(
                "southward.location=classpath:db/southward/", "southward.history-table=app_history",
                "southward.lock-timeout=2m", "southward.between-migrations=resume", "southward.dry-run=true",
                "southward.ignore-ghosts=true", "southward.apps=dev.southward.boot.clinic.ClinicApp",
                "southward.packages=dev.southward.boot.clinic.v2", "southward.directory=target/migrations",
                "southward.user=u", "southward.driver-class-name=org.h2.Driver").run(context -> {
                    SouthwardProperties p = context.getBean(SouthwardProperties.class);
                    assertThat(p.getLocation()).isEqualTo("classpath:db/southward/");
                    assertThat(SouthwardFactory.location(p.getLocation())).isEqualTo("db/southward");
                    assertThat(p.getHistoryTable()).isEqualTo("app_history");
                    assertThat(p.getLockTimeout()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(p.getBetweenMigrations()).isEqualTo(SouthwardProperties.BetweenMigrations.RESUME);
                    assertThat(p.isDryRun()).isTrue();
                    assertThat(p.isIgnoreGhosts()).isTrue();
                    assertThat(p.getDirectory()).hasToString("target/migrations");
                    assertThat(p.getUser()).isEqualTo("u");
                    assertThat(p.getDriverClassName()).isEqualTo("org.h2.Driver");
                    assertThat(new SouthwardFactory(p, getClass().getClassLoader()).apps()).containsExactly(
                            dev.southward.boot.clinic.ClinicApp.class, dev.southward.boot.clinic.v2.ClinicApp.class);
                });
    }

    @Test
    void packagesAreScannedWithTheirSubPackages() {
        SouthwardProperties p = new SouthwardProperties();
        p.setPackages(List.of("dev.southward.boot.clinic"));
        assertThat(new SouthwardFactory(p, getClass().getClassLoader()).apps()).containsExactlyInAnyOrder(
                dev.southward.boot.clinic.ClinicApp.class, dev.southward.boot.clinic.v2.ClinicApp.class);
    }

    @Test
    void aClassWithoutAppIsRefusedByName() {
        SouthwardProperties p = new SouthwardProperties();
        p.setApps(List.of("dev.southward.boot.clinic.Owner"));
        assertThatThrownBy(() -> new SouthwardFactory(p, getClass().getClassLoader()).apps())
                .hasMessageContaining("southward.apps: dev.southward.boot.clinic.Owner is not annotated with @");
    }

    @Test
    void onlyClasspathLocations() {
        assertThat(SouthwardFactory.location("/southward/migrations/")).isEqualTo("southward/migrations");
        assertThatThrownBy(() -> SouthwardFactory.location("filesystem:db"))
                .hasMessageContaining("southward.directory");
    }

    @Configuration(proxyBeanMethods = false)
    static class Database {
        @Bean
        DataSource dataSource() {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:never_opened");
            return ds;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Strategy {
        final List<Southward> seen = new ArrayList<>();

        @Bean
        SouthwardMigrationStrategy recording() {
            return seen::add;
        }
    }
}
