package dev.southward.boot;

import dev.southward.migrate.Southward;
import org.springframework.beans.factory.InitializingBean;

/**
 * The bean that migrates when it is created. JPA's {@code EntityManagerFactory}, {@code JdbcTemplate} and the
 * other beans that use the database depend on it, so it runs before them (see docs/spring-boot.md).
 */
public class SouthwardMigrationInitializer implements InitializingBean {
    private final Southward southward;
    private final SouthwardMigrationStrategy strategy;
    private final SouthwardProperties properties;

    /**
     * @param southward  the Southward bean
     * @param strategy   replaces the default start-up call, or null
     * @param properties the {@code southward.*} properties
     */
    public SouthwardMigrationInitializer(Southward southward, SouthwardMigrationStrategy strategy,
            SouthwardProperties properties) {
        this.southward = southward;
        this.strategy = strategy;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (strategy != null) {
            strategy.migrate(southward);
        } else {
            new SouthwardStartup(southward, properties).run();
        }
    }
}
