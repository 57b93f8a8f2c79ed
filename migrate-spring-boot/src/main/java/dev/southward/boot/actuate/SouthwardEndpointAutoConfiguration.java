package dev.southward.boot.actuate;

import dev.southward.boot.SouthwardAutoConfiguration;
import dev.southward.migrate.Southward;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/** The {@code southward} actuator endpoint, when the actuator is on the classpath and the endpoint is exposed. */
@AutoConfiguration(after = SouthwardAutoConfiguration.class)
@ConditionalOnClass({Southward.class, Endpoint.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnAvailableEndpoint(SouthwardEndpoint.class)
public class SouthwardEndpointAutoConfiguration {
    /**
     * @param context where the Southward beans are
     * @return the endpoint
     */
    @Bean
    @ConditionalOnBean(Southward.class)
    @ConditionalOnMissingBean
    public SouthwardEndpoint southwardEndpoint(ApplicationContext context) {
        return new SouthwardEndpoint(context);
    }
}
