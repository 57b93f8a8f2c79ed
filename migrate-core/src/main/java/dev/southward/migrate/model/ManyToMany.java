package dev.southward.migrate.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Options of a many-to-many field. Any {@code List}, {@code Set} or {@code Collection} field whose element type is
 * a model class is many-to-many: it has no column, but a join table {@code <table>_<field>} with the columns
 * {@code <model>_id} and {@code <other>_id} (for a model related to itself {@code from_<model>_id} and
 * {@code to_<model>_id}), a foreign key on each, and a unique index on the pair, named as Django names them. This
 * annotation is only needed to name the join table otherwise. For extra columns on the join, declare the join
 * model yourself as an ordinary model with two foreign keys.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToMany {
    /**
     * The join table's name; empty means {@code <table of the model>_<field in snake case>}.
     *
     * @return the join table's name, or empty for the default
     */
    String table() default "";
}
