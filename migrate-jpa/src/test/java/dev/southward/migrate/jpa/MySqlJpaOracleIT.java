package dev.southward.migrate.jpa;

import dev.southward.migrate.jpa.catalog.Catalog;
import dev.southward.migrate.jpa.evolution.EvolutionScenario;
import dev.southward.migrate.jpa.oracle.OracleScenario;
import dev.southward.migrate.jpa.oracle.TestDb;
import dev.southward.migrate.jpa.petclinic.PetClinic;
import dev.southward.migrate.jpa.store.Store;
import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** On MySQL 8.0.31 and MariaDB: Southward's schema for the entities equals the one Hibernate ORM creates. */
class MySqlJpaOracleIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void petClinicHibernateNaming(MySqlServer server) throws Exception {
        OracleScenario.hibernateEqualsSouthward(databases(server), PetClinic.ENTITIES, JpaNaming.HIBERNATE, dir);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void petClinicSpringBootNaming(MySqlServer server) throws Exception {
        OracleScenario.hibernateEqualsSouthward(databases(server), PetClinic.ENTITIES, JpaNaming.SPRING_BOOT, dir);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void catalogHibernateNaming(MySqlServer server) throws Exception {
        OracleScenario.hibernateEqualsSouthward(databases(server), Catalog.ENTITIES, JpaNaming.HIBERNATE, dir);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void catalogSpringBootNaming(MySqlServer server) throws Exception {
        OracleScenario.hibernateEqualsSouthward(databases(server), Catalog.ENTITIES, JpaNaming.SPRING_BOOT, dir);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void storeHibernateNaming(MySqlServer server) throws Exception {
        OracleScenario.hibernateEqualsSouthward(databases(server), Store.ENTITIES, JpaNaming.HIBERNATE, dir);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void storeSpringBootNaming(MySqlServer server) throws Exception {
        OracleScenario.hibernateEqualsSouthward(databases(server), Store.ENTITIES, JpaNaming.SPRING_BOOT, dir);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void entityChangesHibernateNaming(MySqlServer server) throws Exception {
        EvolutionScenario.run(databases(server), JpaNaming.HIBERNATE, dir);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void entityChangesSpringBootNaming(MySqlServer server) throws Exception {
        EvolutionScenario.run(databases(server), JpaNaming.SPRING_BOOT, dir);
    }

    /** Fresh databases on the server, each dropped when closed. */
    static Supplier<TestDb> databases(MySqlServer server) {
        return () -> {
            MySqlDatabase db = MySqlDatabase.create(server);
            return new TestDb(server.name().startsWith("maria") ? "mariadb" : "mysql8", db.jdbcUrl(), server.user(),
                    server.password(), db.dataSource(), db);
        };
    }
}
