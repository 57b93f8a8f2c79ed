package dev.southward.migrate.introspect;

import java.util.List;

/**
 * A user-visible index (not one the database made for a primary or foreign key on its own).
 *
 * @param name    index name
 * @param columns column names in order
 * @param unique  whether it is unique
 */
public record LiveIndex(String name, List<String> columns, boolean unique) {
    /**
     * Copies the columns.
     *
     * @param name    index name
     * @param columns column names in order
     * @param unique  whether it is unique
     */
    public LiveIndex {
        columns = List.copyOf(columns);
    }
}
