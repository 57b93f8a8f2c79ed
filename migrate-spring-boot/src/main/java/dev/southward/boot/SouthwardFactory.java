package dev.southward.boot;

import dev.southward.migrate.Southward;
import dev.southward.migrate.execute.MigrationListener;
import dev.southward.migrate.model.App;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.ClassUtils;

/** Makes the Southward bean from the {@code southward.*} properties. */
final class SouthwardFactory {
    private final SouthwardProperties properties;
    private final ClassLoader classLoader;

    SouthwardFactory(SouthwardProperties properties, ClassLoader classLoader) {
        this.properties = properties;
        this.classLoader = classLoader;
    }

    Southward create(DataSource dataSource, MigrationListener listener) {
        Southward southward = Southward.create(dataSource)
                .withClassLoader(classLoader)
                .withMigrationsLocation(location(properties.getLocation()))
                .withHistoryTable(properties.getHistoryTable())
                .withLockTimeout(properties.getLockTimeout())
                .withApps(apps().toArray(Class<?>[]::new));
        if (properties.getDirectory() != null) {
            southward = southward.withMigrationsDirectory(properties.getDirectory());
        }
        return listener != null ? southward.withListener(listener) : southward;
    }

    /** {@code classpath:southward/migrations/} and {@code /southward/migrations} mean {@code southward/migrations}. */
    static String location(String location) {
        String l = location.trim();
        if (l.startsWith("classpath:")) {
            l = l.substring("classpath:".length());
        } else if (l.contains(":")) {
            throw new IllegalArgumentException("southward.location=" + location + ": only a classpath folder is "
                    + "supported (e.g. southward/migrations); for a file-system folder set southward.directory");
        }
        while (l.startsWith("/")) {
            l = l.substring(1);
        }
        while (l.endsWith("/")) {
            l = l.substring(0, l.length() - 1);
        }
        return l;
    }

    /** The classes named by {@code southward.apps} and the {@code @App} classes in {@code southward.packages}. */
    Set<Class<?>> apps() {
        Set<Class<?>> apps = new LinkedHashSet<>();
        for (String name : properties.getApps()) {
            Class<?> app = ClassUtils.resolveClassName(name.trim(), classLoader);
            if (!app.isAnnotationPresent(App.class)) {
                throw new IllegalArgumentException("southward.apps: " + name + " is not annotated with @"
                        + App.class.getName());
            }
            apps.add(app);
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(App.class, false));
        scanner.setResourceLoader(new org.springframework.core.io.DefaultResourceLoader(classLoader));
        for (String pkg : properties.getPackages()) {
            for (BeanDefinition found : scanner.findCandidateComponents(pkg.trim())) {
                apps.add(ClassUtils.resolveClassName(found.getBeanClassName(), classLoader));
            }
        }
        return apps;
    }

    /** The {@link SouthwardDataSource} bean, else one made from {@code southward.url}, else the application's. */
    static DataSource dataSource(SouthwardProperties properties, ObjectProvider<DataSource> application,
            ObjectProvider<DataSource> own, ClassLoader classLoader) {
        DataSource marked = own.getIfAvailable();
        if (marked != null) {
            return marked;
        }
        if (properties.getUrl() != null) {
            // No pool: Southward opens a connection or two at start-up and then never again.
            DataSourceBuilder<SimpleDriverDataSource> builder = DataSourceBuilder.create(classLoader)
                    .type(SimpleDriverDataSource.class).url(properties.getUrl())
                    .username(properties.getUser()).password(properties.getPassword());
            if (properties.getDriverClassName() != null) {
                builder.driverClassName(properties.getDriverClassName());
            }
            return builder.build();
        }
        DataSource dataSource = application.getIfUnique();
        if (dataSource == null) {
            throw new IllegalStateException("Southward needs one DataSource: there are several; mark the one to "
                    + "migrate with @SouthwardDataSource, or set southward.url");
        }
        return dataSource;
    }
}
