package dev.southward.migrate.introspect;

/**
 * A column as the database reports it.
 *
 * @param name          column name
 * @param type          the canonical type, comparable with {@code Dialect.canonicalType}
 * @param nullable      whether NULL is allowed
 * @param defaultValue  the default expression as the database reports it, or null
 * @param autoIncrement whether the database generates values
 */
public record LiveColumn(String name, String type, boolean nullable, String defaultValue, boolean autoIncrement) {
}
