package dev.southward.migrate.jpa;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.ModelSource;
import dev.southward.migrate.state.ModelState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JPA entities as a model source: their {@code jakarta.persistence} annotations read into models, named and typed
 * as Hibernate ORM 7 creates them. Entities are grouped into apps: listed here, in an {@code @App}, or found in a
 * package:
 *
 * <pre>{@code
 * Southward.create(dataSource)
 *         .withModelSources(JpaModels.naming(JpaNaming.SPRING_BOOT).app("petclinic", Owner.class, Pet.class))
 *         .makeMigrations(MakeRequest.auto());
 * }</pre>
 *
 * Immutable; every method returns a changed copy. See docs/jpa.md for the annotations and types.
 */
public final class JpaModels implements ModelSource {
    private final JpaNaming naming;
    private final Map<String, List<Class<?>>> apps;

    private JpaModels(JpaNaming naming, Map<String, List<Class<?>>> apps) {
        this.naming = naming;
        this.apps = apps;
    }

    /**
     * No apps yet, with a naming strategy.
     *
     * @param naming Hibernate's default naming or Spring Boot's
     * @return the empty source
     */
    public static JpaModels naming(JpaNaming naming) {
        return new JpaModels(naming, new LinkedHashMap<>());
    }

    /**
     * Adds an app of entity classes (mapped superclasses and embeddables need not be listed).
     *
     * @param app      the app name
     * @param entities its entity classes
     * @return the changed copy
     */
    public JpaModels app(String app, Class<?>... entities) {
        Map<String, List<Class<?>>> copy = new LinkedHashMap<>(apps);
        List<Class<?>> list = new ArrayList<>(copy.getOrDefault(app, List.of()));
        list.addAll(List.of(entities));
        copy.put(app, List.copyOf(list));
        return new JpaModels(naming, copy);
    }

    /**
     * Adds an app of the {@code @Entity} classes found in a package and its sub-packages, in directories and jars
     * of the thread's context class loader (else this module's).
     *
     * @param app         the app name
     * @param packageName the package, e.g. {@code com.example.shop}
     * @return the changed copy
     * @throws IllegalArgumentException when the package has no classes on the class path or a class cannot load
     */
    public JpaModels appOfPackage(String app, String packageName) {
        return appOfPackage(app, packageName, PackageScan.defaultLoader());
    }

    /**
     * Adds an app of the {@code @Entity} classes found in a package and its sub-packages on a class loader's
     * class path (directories and jars).
     *
     * @param app         the app name
     * @param packageName the package, e.g. {@code com.example.shop}
     * @param loader      the class loader to search and load with
     * @return the changed copy
     * @throws IllegalArgumentException when the package has no classes on the class path or a class cannot load
     */
    public JpaModels appOfPackage(String app, String packageName, ClassLoader loader) {
        return app(app, PackageScan.entities(loader, packageName).toArray(Class<?>[]::new));
    }

    /**
     * Adds apps declared as {@code @App(name = ..., models = {entity classes})}.
     *
     * @param appClasses the classes annotated with {@link App}
     * @return the changed copy
     * @throws IllegalArgumentException when a class has no {@code @App}
     */
    public JpaModels apps(Class<?>... appClasses) {
        JpaModels out = this;
        for (Class<?> c : appClasses) {
            App app = c.getAnnotation(App.class);
            if (app == null) {
                throw new IllegalArgumentException(c.getName() + ": not annotated with @App");
            }
            out = out.app(app.name(), app.models());
        }
        return out;
    }

    /**
     * The naming strategy in use.
     *
     * @return the naming
     */
    public JpaNaming naming() {
        return naming;
    }

    @Override
    public List<ModelState> models() {
        return new Scan(naming).run(apps);
    }

    @Override
    public String toString() {
        return "JPA entities " + apps.keySet();
    }
}
