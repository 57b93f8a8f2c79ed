package dev.southward.migrate.model;

import dev.southward.migrate.state.OnDelete;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Options of a foreign key. Any field whose type is a model class is a foreign key to that model's primary key,
 * stored in {@code <field>_id}; this annotation changes the on-delete behaviour, or leaves the database constraint
 * out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ForeignKey {
    /**
     * What the database does to referencing rows when the referenced row is deleted.
     *
     * @return the delete rule; {@code CASCADE} unless set
     */
    OnDelete onDelete() default OnDelete.CASCADE;

    /**
     * Whether the database enforces the reference with a constraint. {@code false} keeps the column and its index
     * but no constraint (Django's {@code db_constraint=False}): for references across databases, to rows that may
     * be deleted, or tables too large to check; {@code onDelete} then has no effect in the database.
     *
     * @return false for a reference without a constraint
     */
    boolean constraint() default true;
}
