package dev.southward.migrate.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the primary key. A model without one gets {@code id}, an auto-increment {@code long}, as in Django.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Id {
    /**
     * Whether the database generates the value (integer types only).
     *
     * @return true for a database-generated key
     */
    boolean autoIncrement() default false;
}
