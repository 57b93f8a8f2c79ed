package dev.southward.boot.testing;

import dev.southward.boot.clinic.jpa.ClinicApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the clinic application for real, with JPA validating the tables Southward made. */
public final class Boot {
    private Boot() {
    }

    /** Adds a {@link StatementsBeforeJpa} bean. */
    @Configuration(proxyBeanMethods = false)
    public static class Counting {
        /** @return the post-processor counting statements */
        @Bean
        static StatementsBeforeJpa statementsBeforeJpa() {
            return new StatementsBeforeJpa();
        }
    }

    /**
     * @param web        whether to start the web server (on a free port) for the actuator
     * @param properties {@code key=value}, added to the defaults (ddl-auto=validate, no banner)
     * @return the running application
     */
    public static ConfigurableApplicationContext start(boolean web, String... properties) {
        return start(web, new Class<?>[0], properties);
    }

    /**
     * @param web        whether to start the web server (on a free port) for the actuator
     * @param sources    more configuration classes
     * @param properties {@code key=value}, added to the defaults
     * @return the running application
     */
    public static ConfigurableApplicationContext start(boolean web, Class<?>[] sources, String... properties) {
        List<String> all = new ArrayList<>(List.of("spring.jpa.hibernate.ddl-auto=validate",
                "spring.jpa.open-in-view=false",
                "spring.main.banner-mode=off", "server.port=0",
                "spring.datasource.hikari.maximum-pool-size=2"));
        all.addAll(List.of(properties));
        List<Class<?>> classes = new ArrayList<>(List.of(ClinicApplication.class, Counting.class));
        classes.addAll(List.of(sources));
        return new SpringApplicationBuilder(classes.toArray(Class<?>[]::new))
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .properties(all.toArray(String[]::new)).run();
    }
}
