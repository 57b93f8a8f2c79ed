package dev.southward.migrate.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optional table options of a model class. Without it the table is {@code <app>_<classname in lower case>}, as in
 * Django. Every non-static, non-transient field of a model class is a column.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Model {
    /** The table name; empty means the default {@code <app>_<classname>}. */
    String table() default "";
}
