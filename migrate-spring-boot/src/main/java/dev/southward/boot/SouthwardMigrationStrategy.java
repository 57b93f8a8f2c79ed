package dev.southward.boot;

import dev.southward.migrate.Southward;

/**
 * Replaces what Southward does at start-up, like Flyway's {@code FlywayMigrationStrategy}: declare one as a bean
 * and it is called instead of the default {@link SouthwardStartup#run()}, still before JPA starts.
 *
 * <pre>{@code
 * @Bean
 * SouthwardMigrationStrategy onlyImages() {
 *     return southward -> southward.migrate(MigrateRequest.app("images"));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface SouthwardMigrationStrategy {
    /**
     * Migrates (or checks) the database at start-up; an exception fails the start-up.
     *
     * @param southward the configured Southward bean
     */
    void migrate(Southward southward);
}
