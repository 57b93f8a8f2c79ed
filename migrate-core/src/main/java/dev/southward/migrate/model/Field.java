package dev.southward.migrate.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Column options of a model field. Optional: an unannotated field is a NOT NULL column named after the field in
 * snake case, typed from its Java type (see docs/models.md for the mapping).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Field {
    /** Marker for "no default". */
    String NO_DEFAULT = "\u0000";

    /** Column name; empty means the field name in snake case ({@code createdAt} → {@code created_at}). */
    String column() default "";

    /** Whether NULL is allowed. Like Django, fields are NOT NULL unless they say otherwise. */
    boolean nullable() default false;

    /** Permanent database default, written as text: {@code "0"}, {@code "true"}, {@code "draft"}, {@code "2024-01-31"}. */
    String defaultValue() default NO_DEFAULT;

    /** A unique index on this column alone. */
    boolean unique() default false;

    /** A non-unique index on this column alone. */
    boolean index() default false;

    /** Maximum length of a String or enum column; -1 means 255 for strings and 50 for enums. */
    int maxLength() default -1;

    /** Store a String as unbounded text instead of varchar. */
    boolean text() default false;

    /** Decimal precision (total digits); -1 means 19. */
    int precision() default -1;

    /** Decimal scale (digits after the point); -1 means 2. */
    int scale() default -1;
}
