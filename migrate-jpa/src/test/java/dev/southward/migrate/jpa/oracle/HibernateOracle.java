package dev.southward.migrate.jpa.oracle;

import dev.southward.migrate.jpa.JpaNaming;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/** Hibernate ORM itself: creates its schema for the entities, or validates an existing one. */
public final class HibernateOracle {
    private HibernateOracle() {
    }

    /**
     * Lets Hibernate create the tables of the entities in {@code db} ({@code hbm2ddl.auto=create-only}).
     *
     * @param db       an empty database
     * @param entities the entity classes
     * @param naming   the naming strategy, as Southward is told
     */
    public static void create(TestDb db, List<Class<?>> entities, JpaNaming naming) {
        run(db, entities, naming, "create-only");
    }

    /**
     * Hibernate's {@code validate} on the schema in {@code db}; throws when Hibernate rejects it.
     *
     * @param db       the migrated database
     * @param entities the entity classes
     * @param naming   the naming strategy
     */
    public static void validate(TestDb db, List<Class<?>> entities, JpaNaming naming) {
        run(db, entities, naming, "validate");
    }

    private static void run(TestDb db, List<Class<?>> entities, JpaNaming naming, String action) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.jdbc.url", db.url());
        settings.put("jakarta.persistence.jdbc.user", db.user());
        settings.put("jakarta.persistence.jdbc.password", db.password());
        settings.put("hibernate.hbm2ddl.auto", action);
        settings.put("hibernate.connection.pool_size", "1");
        if (naming == JpaNaming.SPRING_BOOT) {
            settings.put("hibernate.physical_naming_strategy",
                    "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
            settings.put("hibernate.implicit_naming_strategy", SpringImplicitNaming.class.getName());
        }
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            sources.buildMetadata().buildSessionFactory().close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
