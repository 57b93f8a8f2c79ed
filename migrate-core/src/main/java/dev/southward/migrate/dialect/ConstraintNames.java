package dev.southward.migrate.dialect;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.Names;
import java.util.List;

/** Names of the indexes and constraints a single field implies; derived from table and column, never stored. */
public final class ConstraintNames {
    private ConstraintNames() {
    }

    /**
     * The name of a field's own unique index.
     *
     * @param model the model that owns the field
     * @param f     the field
     * @return {@code <table>_<column>_uniq}, shortened with a hash when too long
     */
    public static String unique(ModelState model, FieldState f) {
        return Names.derived(model.table(), List.of(f.column()), "uniq");
    }

    /**
     * The name of a field's own plain index.
     *
     * @param model the model that owns the field
     * @param f     the field
     * @return {@code <table>_<column>_idx}, shortened with a hash when too long
     */
    public static String index(ModelState model, FieldState f) {
        return Names.derived(model.table(), List.of(f.column()), "idx");
    }

    /**
     * The name of a foreign key field's constraint.
     *
     * @param model the referencing model
     * @param f     the foreign key field
     * @return {@code <table>_<column>_fk}, shortened with a hash when too long
     */
    public static String foreignKey(ModelState model, FieldState f) {
        return Names.derived(model.table(), List.of(f.column()), "fk");
    }
}
