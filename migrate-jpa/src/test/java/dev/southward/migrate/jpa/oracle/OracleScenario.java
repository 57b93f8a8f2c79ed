package dev.southward.migrate.jpa.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.execute.MigrationListener;
import dev.southward.migrate.Southward;
import dev.southward.migrate.jpa.JpaModels;
import dev.southward.migrate.jpa.JpaNaming;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The oracle: for the same entities, Hibernate creates its schema in one database and Southward's migrations build
 * theirs in another; both are read by {@link SchemaSnapshot} and must be equal, and Hibernate's {@code validate}
 * must pass on Southward's.
 */
public final class OracleScenario {
    private OracleScenario() {
    }

    /**
     * Runs the comparison.
     *
     * @param databases fresh databases of one kind
     * @param entities  the entity classes
     * @param naming    the naming strategy
     * @param dir       an empty directory for the migration files
     * @throws Exception when something fails
     */
    public static void hibernateEqualsSouthward(Supplier<TestDb> databases, List<Class<?>> entities, JpaNaming naming,
            Path dir) throws Exception {
        try (TestDb hibernate = databases.get(); TestDb southward = databases.get()) {
            HibernateOracle.create(hibernate, entities, naming);
            Southward s = southward(southward, dir, JpaModels.naming(naming).app("clinic",
                    entities.toArray(Class<?>[]::new)));
            assertThat(s.makeMigrations(MakeRequest.auto()).changed()).isTrue();
            s.migrate();
            assertThat(s.verify().all()).isEmpty();
            Map<String, List<String>> expected = SchemaSnapshot.read(hibernate);
            Map<String, List<String>> actual = SchemaSnapshot.read(southward);
            assertThat(SchemaSnapshot.differences(expected, actual)).as("Hibernate's schema vs Southward's on "
                    + southward.kind() + "\nHibernate: " + expected + "\nSouthward: " + actual).isEmpty();
            assertThat(expected).isNotEmpty();
            HibernateOracle.validate(southward, entities, naming);
        }
    }

    /**
     * Southward on a database with the given JPA models and migrations in {@code dir}, quiet.
     *
     * @param db     the database
     * @param dir    the migrations directory
     * @param models the JPA model source
     * @return the configured Southward
     */
    public static Southward southward(TestDb db, Path dir, JpaModels models) {
        return Southward.create(db.dataSource()).withMigrationsDirectory(dir).withModelSources(models)
                .withListener(MigrationListener.NONE);
    }
}
