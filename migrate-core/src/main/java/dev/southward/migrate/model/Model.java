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
    /**
     * The table name; empty means the default {@code <app>_<classname>}.
     *
     * @return the table name, or empty for the default
     */
    String table() default "";

    /**
     * False for a table Southward does not own (a framework's user table, a table of another service): the model
     * is part of the state, so foreign keys may point at it and its changes are recorded, but its table is never
     * created, altered or dropped, and {@code verify} does not check it. Foreign keys from managed models to it are
     * created and checked as usual. As Django's {@code managed = False}.
     *
     * @return false for a table Southward does not own
     */
    boolean managed() default true;
}
