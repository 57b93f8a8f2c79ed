package dev.southward.migrate.maven;

import dev.southward.migrate.Southward;
import dev.southward.migrate.jpa.JpaModels;
import dev.southward.migrate.jpa.JpaNaming;
import dev.southward.migrate.model.App;
import dev.southward.migrate.model.ModelSource;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The project's {@code @App} classes split by what they list: Southward's own models, or JPA entities, which are
 * read by {@code migrate-jpa} with the configured naming (docs/jpa.md). An app listing any JPA-annotated class is a
 * JPA app; {@code migrate-jpa} then reports any of its classes that is not an entity.
 *
 * @param own        the {@code @App} classes of Southward models
 * @param jpa        the {@code @App} classes of JPA entities
 * @param jpaNaming  the naming of the JPA apps, or null when there are none
 */
record AppModels(List<Class<?>> own, List<Class<?>> jpa, JpaNaming jpaNaming) {
    /** The property naming the JPA naming strategy. */
    static final String NAMING_PROPERTY = "southward.jpaNaming";

    /**
     * Splits the app classes.
     *
     * @param apps   the {@code @App} classes
     * @param naming the value of {@value #NAMING_PROPERTY}: {@code spring-boot} or {@code hibernate}; needed only
     *               when an app lists JPA entities
     * @return the split
     * @throws MojoFailureException when an app lists JPA entities and the naming is missing or unknown
     */
    static AppModels of(List<Class<?>> apps, String naming) throws MojoFailureException {
        List<Class<?>> own = new ArrayList<>();
        List<Class<?>> jpa = new ArrayList<>();
        for (Class<?> app : apps) {
            (Arrays.stream(app.getAnnotation(App.class).models()).anyMatch(AppModels::isJpa) ? jpa : own).add(app);
        }
        return new AppModels(own, jpa, jpa.isEmpty() ? null : naming(naming, jpa.get(0)));
    }

    /**
     * Gives Southward the apps: its own with {@code withApps}, the JPA ones as a model source.
     *
     * @param southward the configured API
     * @return the API with the apps
     */
    Southward apply(Southward southward) {
        return southward.withApps(own.toArray(Class<?>[]::new)).withModelSources(sources().toArray(ModelSource[]::new));
    }

    /**
     * The model sources beside the own apps.
     *
     * @return the JPA apps' source, or none
     */
    List<ModelSource> sources() {
        return jpa.isEmpty() ? List.of() : List.of(JpaModels.naming(jpaNaming).apps(jpa.toArray(Class<?>[]::new)));
    }

    private static boolean isJpa(Class<?> c) {
        return c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(MappedSuperclass.class)
                || c.isAnnotationPresent(Embeddable.class);
    }

    private static JpaNaming naming(String value, Class<?> app) throws MojoFailureException {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (v) {
            case "spring-boot" -> JpaNaming.SPRING_BOOT;
            case "hibernate" -> JpaNaming.HIBERNATE;
            default -> throw new MojoFailureException((v.isEmpty() ? "" : "-D" + NAMING_PROPERTY + "=" + value
                    + " is unknown. ") + "The @App class " + app.getName() + " lists JPA entities, whose table and "
                    + "column names depend on the naming strategy: set " + NAMING_PROPERTY + " to spring-boot (a Spring "
                    + "Boot application: Spring's naming strategies) or hibernate (Hibernate's defaults), e.g. <"
                    + NAMING_PROPERTY + ">spring-boot</" + NAMING_PROPERTY + "> in the POM's <properties>");
        };
    }
}
