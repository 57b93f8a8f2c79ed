package dev.southward.migrate.jpa;

import jakarta.persistence.InheritanceType;

/**
 * One {@code @Entity} class as the scanner resolved it.
 *
 * @param type      the class
 * @param app       the app it belongs to
 * @param name      the JPA entity name ({@code @Entity(name)} or the class's unqualified name)
 * @param root      the topmost entity of its hierarchy (itself when it has no entity superclass)
 * @param strategy  the inheritance strategy of the hierarchy
 * @param model     the model (table) its rows' identity lives in: the root's for SINGLE_TABLE, else its own
 * @param table     the physical name of that table
 */
record Entity(Class<?> type, String app, String name, Class<?> root, InheritanceType strategy, String model,
        String table) {
    /** Whether this is a subclass entity of a hierarchy. */
    boolean isSubclass() {
        return root != type;
    }

    /** {@code app.Model} of {@link #model}. */
    String modelKey() {
        return app + "." + model;
    }
}
