package dev.southward.migrate.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Django's {@code unique_together}: the combination of these fields is unique. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(UniqueTogether.List.class)
public @interface UniqueTogether {
    /**
     * Java field names.
     *
     * @return the fields whose combination is unique
     */
    String[] value();

    /**
     * Constraint name; empty means {@code <table>_<columns>_uniq}.
     *
     * @return the constraint name, or empty for the default
     */
    String name() default "";

    /** Container for repeated {@link UniqueTogether}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        /**
         * The constraints of the model.
         *
         * @return the {@link UniqueTogether} annotations, in declaration order
         */
        UniqueTogether[] value();
    }
}
