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

    /**
     * Column name; empty means the field name in snake case ({@code createdAt} → {@code created_at}).
     *
     * @return the column name, or empty for the default
     */
    String column() default "";

    /**
     * Whether NULL is allowed. Like Django, fields are NOT NULL unless they say otherwise.
     *
     * @return true when the column is nullable
     */
    boolean nullable() default false;

    /**
     * Permanent database default, written as text: {@code "0"}, {@code "true"}, {@code "draft"}, {@code "2024-01-31"}.
     *
     * @return the default as text, or {@link #NO_DEFAULT} for none
     */
    String defaultValue() default NO_DEFAULT;

    /**
     * A unique index on this column alone.
     *
     * @return true for a unique single-column index
     */
    boolean unique() default false;

    /**
     * A non-unique index on this column alone.
     *
     * @return true for a plain single-column index
     */
    boolean index() default false;

    /**
     * Maximum length of a String or enum column; -1 means 255 for strings and 50 for enums.
     *
     * @return the length, or -1 for the default
     */
    int maxLength() default -1;

    /**
     * Store a String as unbounded text instead of varchar.
     *
     * @return true for a text column
     */
    boolean text() default false;

    /**
     * Decimal precision (total digits); -1 means 19.
     *
     * @return the precision, or -1 for the default
     */
    int precision() default -1;

    /**
     * Decimal scale (digits after the point); -1 means 2.
     *
     * @return the scale, or -1 for the default
     */
    int scale() default -1;
}
