package dev.southward.migrate.state;

import java.util.Objects;

/**
 * A foreign key from a field to the primary key of a model, named {@code app.Model}.
 *
 * @param model    the referenced model, {@code app.Model}
 * @param onDelete what happens to referencing rows on delete
 */
public record ForeignKeyRef(String model, OnDelete onDelete) {
    public ForeignKeyRef {
        Objects.requireNonNull(model, "model");
        onDelete = onDelete == null ? OnDelete.CASCADE : onDelete;
    }

    /** The app part of {@link #model()}. */
    public String app() {
        return model.substring(0, model.indexOf('.'));
    }

    /** The model-name part of {@link #model()}. */
    public String modelName() {
        return model.substring(model.indexOf('.') + 1);
    }
}
