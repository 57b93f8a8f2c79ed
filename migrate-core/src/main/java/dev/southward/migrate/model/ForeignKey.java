package dev.southward.migrate.model;

import dev.southward.migrate.state.OnDelete;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Options of a foreign key. Any field whose type is a model class is a foreign key to that model's primary key,
 * stored in {@code <field>_id}; this annotation only changes the on-delete behaviour.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ForeignKey {
    OnDelete onDelete() default OnDelete.CASCADE;
}
