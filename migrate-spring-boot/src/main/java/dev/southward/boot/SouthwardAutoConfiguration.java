package dev.southward.boot;

import dev.southward.migrate.Southward;
import dev.southward.migrate.execute.MigrationListener;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * Southward at start-up: with a {@code DataSource} (or {@code southward.url}) it migrates before JPA's
 * {@code EntityManagerFactory} and every other bean that depends on database initialization is created.
 * Configured by {@code southward.*} ({@link SouthwardProperties}); {@code southward.enabled=false} turns it off.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Southward.class)
@ConditionalOnBooleanProperty(name = "southward.enabled", matchIfMissing = true)
@Conditional(SouthwardDataSourceCondition.class)
@EnableConfigurationProperties(SouthwardProperties.class)
public class SouthwardAutoConfiguration {
    /**
     * The configured Southward, on the {@link SouthwardDataSource} bean, else {@code southward.url}, else the
     * application's {@code DataSource}.
     *
     * @param properties          the {@code southward.*} properties
     * @param dataSource          the application's data source
     * @param southwardDataSource a data source marked {@link SouthwardDataSource}
     * @param listener            a {@link MigrationListener} bean replacing the logging one
     * @param resourceLoader      whose class loader finds migrations and {@code @App} classes
     * @return Southward, ready to migrate
     */
    @Bean
    @ConditionalOnMissingBean
    public Southward southward(SouthwardProperties properties, ObjectProvider<DataSource> dataSource,
            @SouthwardDataSource ObjectProvider<DataSource> southwardDataSource,
            ObjectProvider<MigrationListener> listener, ResourceLoader resourceLoader) {
        return new SouthwardFactory(properties, resourceLoader.getClassLoader())
                .create(SouthwardFactory.dataSource(properties, dataSource, southwardDataSource,
                        resourceLoader.getClassLoader()), listener.getIfUnique());
    }

    /**
     * The bean that migrates when it is created, through a {@link SouthwardMigrationStrategy} bean if there is
     * one, else {@link SouthwardStartup}.
     *
     * @param southward  the Southward bean
     * @param strategy   the hook replacing the default call
     * @param properties the {@code southward.*} properties
     * @return the initializer
     */
    @Bean
    @ConditionalOnMissingBean
    public SouthwardMigrationInitializer southwardMigrationInitializer(Southward southward,
            ObjectProvider<SouthwardMigrationStrategy> strategy, SouthwardProperties properties) {
        return new SouthwardMigrationInitializer(southward, strategy.getIfAvailable(), properties);
    }

    /** JPA's entity manager factories wait for the migration, as with Flyway. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({LocalContainerEntityManagerFactoryBean.class, EntityManagerFactoryDependsOnPostProcessor.class})
    static class JpaOrdering {
        /**
         * Adds a dependency on every {@link SouthwardMigrationInitializer} to each EntityManagerFactory bean.
         *
         * @return the post-processor
         */
        @Bean
        static EntityManagerFactoryDependsOnPostProcessor southwardEntityManagerFactoryDependsOnPostProcessor() {
            return new EntityManagerFactoryDependsOnPostProcessor(SouthwardMigrationInitializer.class);
        }
    }
}
