package dev.southward.boot;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link SouthwardMigrationInitializer} beans initialize the database, so every bean that
 * depends on database initialization (JPA, {@code JdbcTemplate}, {@code JdbcClient}, ...) is created after them.
 */
public class SouthwardDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(SouthwardMigrationInitializer.class);
    }
}
