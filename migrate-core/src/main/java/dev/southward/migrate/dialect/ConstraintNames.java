package dev.southward.migrate.dialect;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.Names;
import java.util.List;

/** Names of the indexes and constraints a single field implies; derived from table and column, never stored. */
public final class ConstraintNames {
    private ConstraintNames() {
    }

    public static String unique(ModelState model, FieldState f) {
        return Names.derived(model.table(), List.of(f.column()), "uniq");
    }

    public static String index(ModelState model, FieldState f) {
        return Names.derived(model.table(), List.of(f.column()), "idx");
    }

    public static String foreignKey(ModelState model, FieldState f) {
        return Names.derived(model.table(), List.of(f.column()), "fk");
    }
}
