package dev.southward.examples.petclinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.examples.petclinic.model.PetClinicModels;
import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.Southward;
import dev.southward.migrate.jpa.JpaModels;
import dev.southward.migrate.jpa.JpaNaming;
import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The committed migrations are what the entities make, read as {@code mvn migrate:schemamigration -Dcheck} reads
 * them (Spring Boot's naming): an entity changed without its migration fails here.
 */
class PetClinicMigrationsTest {
    @Test
    void committedMigrationsMatchTheEntities() {
        MakeResult result = Southward.create(new JdbcDataSource())
                .withModelSources(JpaModels.naming(JpaNaming.SPRING_BOOT).apps(PetClinicModels.class))
                .withMigrationsDirectory(Path.of("src/main/resources/southward/migrations"))
                .makeMigrations(MakeRequest.auto().check());

        assertThat(result.changed()).as("a migration is due: %s", result.migrations()).isFalse();
    }
}
