package dev.southward.migrate.dialect;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import java.util.Optional;

/** Finds the columns of an index of a model by its name: a field's own index, a key's index, or a model index. */
public final class IndexColumns {
    private IndexColumns() {
    }

    /**
     * The first column of the index {@code name} of {@code model}, if the model declares it.
     *
     * @param model the model
     * @param name  the index name
     * @return its first column, or empty
     */
    public static Optional<String> leading(ModelState model, String name) {
        for (FieldState f : model.fields()) {
            if (name.equals(ConstraintNames.index(model, f)) || name.equals(ConstraintNames.unique(model, f))
                    || name.equals(ConstraintNames.foreignKey(model, f))) {
                return Optional.of(f.column());
            }
        }
        for (IndexState i : model.indexes()) {
            if (i.name().equals(name) && !i.fields().isEmpty()) {
                return Optional.of(model.column(i.fields().get(0)));
            }
        }
        return Optional.empty();
    }
}
