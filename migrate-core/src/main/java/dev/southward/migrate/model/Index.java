package dev.southward.migrate.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A composite index over fields of the model: {@code @Index({"source", "name"})}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Index.List.class)
public @interface Index {
    /**
     * Java field names, in index order.
     *
     * @return the indexed fields
     */
    String[] value();

    /**
     * Index name; empty means {@code <table>_<columns>_idx}.
     *
     * @return the index name, or empty for the default
     */
    String name() default "";

    /** Container for repeated {@link Index}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        /**
         * The indexes of the model.
         *
         * @return the {@link Index} annotations, in declaration order
         */
        Index[] value();
    }
}
