package dev.southward.migrate.state;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A foreign key from a field to the primary key of a model, named {@code app.Model}.
 *
 * @param model      the referenced model, {@code app.Model}
 * @param onDelete   what happens to referencing rows on delete
 * @param constraint whether the database enforces the reference with a constraint; without one the field has its
 *                   column and index only. Written to migration files only when false, so older files read as true.
 */
@JsonPropertyOrder({"model", "onDelete", "constraint"})
public record ForeignKeyRef(String model, OnDelete onDelete,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = OnlyWhenFalse.class) boolean constraint) {
    /**
     * Checks the referenced model; a missing delete rule (older files) is {@code CASCADE}.
     *
     * @param model      the referenced model, {@code app.Model}
     * @param onDelete   what happens to referencing rows on delete
     * @param constraint whether the database enforces the reference with a constraint; without one the field has its
     *                   column and index only. Written to migration files only when false, so older files read as true.
     */
    public ForeignKeyRef {
        Objects.requireNonNull(model, "model");
        onDelete = onDelete == null ? OnDelete.CASCADE : onDelete;
    }

    /**
     * A foreign key enforced by a database constraint.
     *
     * @param model    the referenced model, {@code app.Model}
     * @param onDelete what happens to referencing rows on delete
     */
    public ForeignKeyRef(String model, OnDelete onDelete) {
        this(model, onDelete, true);
    }

    /**
     * Reads a migration file's form, where a missing {@code constraint} means true.
     *
     * @param model      the referenced model
     * @param onDelete   the delete rule, null for cascade
     * @param constraint false for a reference without a constraint; null (absent) for one with
     * @return the foreign key
     */
    @JsonCreator
    public static ForeignKeyRef fromJson(@JsonProperty("model") String model,
            @JsonProperty("onDelete") OnDelete onDelete, @JsonProperty("constraint") Boolean constraint) {
        return new ForeignKeyRef(model, onDelete, constraint == null || constraint);
    }

    /**
     * The app part of {@link #model()}.
     *
     * @return the app label of the referenced model
     */
    public String app() {
        return model.substring(0, model.indexOf('.'));
    }

    /**
     * The model-name part of {@link #model()}.
     *
     * @return the referenced model's name
     */
    public String modelName() {
        return model.substring(model.indexOf('.') + 1);
    }

    /**
     * The same reference to another model (after a rename).
     *
     * @param newModel the referenced model, {@code app.Model}
     * @return the changed copy
     */
    public ForeignKeyRef withModel(String newModel) {
        return new ForeignKeyRef(newModel, onDelete, constraint);
    }

    /**
     * Whether this and {@code other} differ only in their constraint (enforced or not, and its delete rule): a change
     * that adds, drops or replaces the constraint and keeps the column and its index.
     *
     * @param other the other reference
     * @return true when both reference the same model
     */
    public boolean sameTarget(ForeignKeyRef other) {
        return other != null && model.equals(other.model);
    }

    /** Jackson's filter that leaves {@code "constraint": true}, the default, out of migration files. */
    static final class OnlyWhenFalse {
        @Override
        public boolean equals(Object value) {
            return Boolean.TRUE.equals(value);
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }
}
