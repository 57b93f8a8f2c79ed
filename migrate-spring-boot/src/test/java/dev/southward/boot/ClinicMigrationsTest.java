package dev.southward.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.boot.clinic.ClinicApp;
import dev.southward.boot.testing.Migrations;
import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.Southward;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The committed test migrations are what the test models make, so the JPA tests test real migrations. */
class ClinicMigrationsTest {
    @Test
    void committedMigrationsMatchTheModels() {
        MakeResult result = Southward.create(new JdbcDataSource()).withApps(ClinicApp.class)
                .withMigrationsDirectory(Migrations.COMMITTED).makeMigrations(MakeRequest.auto().check());

        assertThat(result.changed()).as("a migration is due: %s", result.migrations()).isFalse();
    }
}
