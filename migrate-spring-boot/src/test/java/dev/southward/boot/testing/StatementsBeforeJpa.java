package dev.southward.boot.testing;

import dev.southward.boot.SouthwardMigrationInitializer;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's {@code DataSource} bean in a {@link CountingDataSource} and notes, in order, when
 * Southward's migration finished and when the EntityManagerFactory was created, with the statements by then.
 * Add it to an application as a bean (a static one: it is a post-processor).
 */
public final class StatementsBeforeJpa implements BeanPostProcessor {
    private final CountingDataSource counter = new CountingDataSource();
    private final List<String> events = new ArrayList<>();
    private volatile List<String> bySouthward;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !(bean instanceof java.lang.reflect.Proxy)) {
            return counter.wrap(ds);
        }
        if (bean instanceof SouthwardMigrationInitializer) {
            bySouthward = counter.statements();
            events.add("southward");
        }
        if (bean instanceof EntityManagerFactory && !events.contains("jpa")) { // the factory bean and its product
            events.add("jpa");
        }
        return bean;
    }

    /** @return the statements sent until Southward's initializer finished: all of them Southward's */
    public List<String> southwardStatements() {
        return bySouthward;
    }

    /** @return {@code southward} and {@code jpa} in the order they were ready */
    public List<String> events() {
        return List.copyOf(events);
    }
}
