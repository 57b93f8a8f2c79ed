package dev.southward.migrate.jpa;

import dev.southward.migrate.jpa.catalog.Catalog;
import dev.southward.migrate.jpa.evolution.EvolutionScenario;
import dev.southward.migrate.jpa.oracle.OracleScenario;
import dev.southward.migrate.jpa.oracle.TestDb;
import dev.southward.migrate.jpa.petclinic.PetClinic;
import dev.southward.migrate.jpa.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** On H2: the schema Southward's migrations build for the entities equals the one Hibernate ORM creates. */
class JpaOracleIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(JpaNaming.class)
    void petClinic(JpaNaming naming) throws Exception {
        OracleScenario.hibernateEqualsSouthward(TestDb::h2, PetClinic.ENTITIES, naming, dir);
    }

    @ParameterizedTest
    @EnumSource(JpaNaming.class)
    void catalog(JpaNaming naming) throws Exception {
        OracleScenario.hibernateEqualsSouthward(TestDb::h2, Catalog.ENTITIES, naming, dir);
    }

    @ParameterizedTest
    @EnumSource(JpaNaming.class)
    void store(JpaNaming naming) throws Exception {
        OracleScenario.hibernateEqualsSouthward(TestDb::h2, Store.ENTITIES, naming, dir);
    }

    @ParameterizedTest
    @EnumSource(JpaNaming.class)
    void entityChanges(JpaNaming naming) throws Exception {
        EvolutionScenario.run(TestDb::h2, naming, dir);
    }
}
