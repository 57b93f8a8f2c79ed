package dev.southward.migrate.introspect;

/**
 * A single-column foreign key constraint.
 *
 * @param name         constraint name
 * @param column       referencing column
 * @param targetTable  referenced table
 * @param targetColumn referenced column
 * @param onDelete     delete rule as SQL words, e.g. {@code CASCADE}, {@code SET NULL}
 */
public record LiveForeignKey(String name, String column, String targetTable, String targetColumn, String onDelete) {
}
