package dev.southward.boot;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Southward needs a database: a {@code DataSource} bean, or its own {@code southward.url}. */
class SouthwardDataSourceCondition extends AnyNestedCondition {
    SouthwardDataSourceCondition() {
        super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnBean(DataSource.class)
    private static final class DataSourceBean {
    }

    @ConditionalOnProperty(prefix = "southward", name = "url")
    private static final class SouthwardUrl {
    }
}
