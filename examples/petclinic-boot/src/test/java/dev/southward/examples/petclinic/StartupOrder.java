package dev.southward.examples.petclinic;

import dev.southward.boot.SouthwardMigrationInitializer;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Notes when Southward's migration finished and when JPA's EntityManagerFactory was ready, in that order. */
public final class StartupOrder implements BeanPostProcessor {
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SouthwardMigrationInitializer) {
            events.add("southward migrated");
        }
        if (bean instanceof EntityManagerFactory && !events.contains("jpa started")) { // the factory bean and its product
            events.add("jpa started");
        }
        return bean;
    }

    /**
     * The events so far.
     *
     * @return {@code southward migrated} and {@code jpa started}, in the order they happened
     */
    public List<String> events() {
        return List.copyOf(events);
    }

    /** Adds the recorder to an application. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        /**
         * A static bean: it is a post-processor.
         *
         * @return the recorder
         */
        @Bean
        static StartupOrder startupOrder() {
            return new StartupOrder();
        }
    }
}
