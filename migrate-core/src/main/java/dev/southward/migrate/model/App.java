package dev.southward.migrate.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an app: South's unit of migration. The one place that names the app and lists its models.
 *
 * <pre>{@code
 * @App(name = "images", models = {Source.class, Image.class, Point.class})
 * public final class ImagesApp {}
 * }</pre>
 *
 * Each app has its own numbered migrations ({@code 0001_initial}, {@code 0002_...}) under
 * {@code <migrations location>/<name>/}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface App {
    /**
     * The app label: lower case letters, digits and underscores, e.g. {@code images}.
     *
     * @return the app label
     */
    String name();

    /**
     * The model classes of the app. Each class belongs to exactly one app.
     *
     * @return the classes annotated with {@code @Model}
     */
    Class<?>[] models();
}
