package dev.southward.migrate.operation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.southward.migrate.dialect.ConstraintNames;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Changes a field's type, length, nullability, default, unique or index flag, or foreign key. A primary key whose
 * type changes takes the foreign key columns that reference it along, in every app (see {@link KeyTypeChange}).
 * {@code fillNulls}
 * replaces existing NULLs once when the field becomes NOT NULL (South's one-off value). {@code defaultOnly} marks a
 * change of the default alone: it renders as {@code ALTER COLUMN … SET DEFAULT} / {@code DROP DEFAULT} (a metadata
 * change, instant on MySQL and MariaDB) and reads "change default of …"; applying it checks that nothing else
 * changes.
 *
 * @param model       the model
 * @param field       the whole new definition of the field
 * @param fillNulls   a one-off value for existing NULLs when the field becomes NOT NULL, or null
 * @param defaultOnly whether only the default changes
 */
@JsonPropertyOrder({"model", "field", "fillNulls", "defaultOnly"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlterField(String model, FieldState field, String fillNulls,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean defaultOnly) implements Operation {

    /**
     * The canonical constructor, the one the migration reader uses.
     *
     * @param model       the model
     * @param field       the whole new definition of the field
     * @param fillNulls   a one-off value for existing NULLs, or null
     * @param defaultOnly whether only the default changes
     */
    @JsonCreator
    public AlterField(@JsonProperty("model") String model, @JsonProperty("field") FieldState field,
            @JsonProperty("fillNulls") String fillNulls, @JsonProperty("defaultOnly") boolean defaultOnly) {
        this.model = model;
        this.field = field;
        this.fillNulls = fillNulls;
        this.defaultOnly = defaultOnly;
    }

    /**
     * Any change of a field.
     *
     * @param model     the model
     * @param field     the whole new definition of the field
     * @param fillNulls a one-off value for existing NULLs, or null
     */
    public AlterField(String model, FieldState field, String fillNulls) {
        this(model, field, fillNulls, false);
    }

    /**
     * A change of the default alone ({@code null} drops it).
     *
     * @param model the model
     * @param field the new definition, equal to the old one but for its default
     * @return the operation
     */
    public static AlterField changeDefault(String model, FieldState field) {
        return new AlterField(model, field, null, true);
    }

    /**
     * Whether two definitions of a field differ in their default and nothing else.
     *
     * @param from the old definition
     * @param to   the new definition
     * @return true when only the default differs
     */
    public static boolean onlyDefaultDiffers(FieldState from, FieldState to) {
        return !Objects.equals(from.defaultValue(), to.defaultValue()) && from.withDefault(to.defaultValue()).equals(to);
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        ModelState m = before.requireModel(app, model);
        FieldState old = m.requireField(field.name());
        if (!old.column().equals(field.column())) {
            throw new IllegalStateException("alter_field cannot change the column of " + m.key() + "." + field.name()
                    + "; use rename_field");
        }
        if (defaultOnly && !old.withDefault(field.defaultValue()).equals(field)) {
            throw new IllegalStateException("alter_field of " + m.key() + "." + field.name() + " is marked "
                    + "defaultOnly but changes more than the default");
        }
        ProjectState after = before.with(m.replaceField(field.name(), f -> field));
        // The foreign key columns referencing a re-typed key, in every app, change with it.
        return KeyTypeChange.retypes(old, field) ? KeyTypeChange.follow(after, m.key(), field) : after;
    }

    @Override
    public List<Step> forwards(String app, ProjectState before, Dialect dialect) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        ModelState m = before.requireModel(app, model);
        FieldState old = m.requireField(field.name());
        ProjectState after = apply(app, before);
        List<String> sql = change(dialect, m, old, field, fillNulls, after);
        return Step.sql(KeyTypeChange.redefines(old, field)
                ? KeyTypeChange.render(dialect, before, after, m.key(), sql) : sql);
    }

    @Override
    public List<Step> backwards(String app, ProjectState before, Dialect dialect) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        ModelState m = before.requireModel(app, model);
        ProjectState after = apply(app, before);
        FieldState old = m.requireField(field.name());
        List<String> sql = change(dialect, after.requireModel(app, model), field, old, null, before);
        return Step.sql(KeyTypeChange.redefines(field, old)
                ? KeyTypeChange.render(dialect, after, before, m.key(), sql) : sql);
    }

    private static List<String> change(Dialect d, ModelState model, FieldState from, FieldState to, String fill,
            ProjectState target) {
        ModelState toModel = model.replaceField(from.name(), f -> to);
        // The foreign key and indexes survive a change of the default alone.
        boolean definition = !from.withDefault(to.defaultValue()).sameColumnDefinition(to);
        boolean fkChanged = !Objects.equals(from.foreignKey(), to.foreignKey()) || definition;
        // Same column and target: only the constraint changes (added, dropped, or its rule); the index stays.
        boolean constraintOnly = fkChanged && !definition && from.foreignKey() != null
                && from.foreignKey().sameTarget(to.foreignKey());
        List<String> out = new ArrayList<>();
        if (constraintOnly && from.foreignKey().constraint()) {
            out.addAll(d.dropForeignKeyConstraint(model, from));
        } else if (from.foreignKey() != null && fkChanged && !constraintOnly) {
            out.addAll(d.dropForeignKey(model, from));
        }
        // The field's constraint, if changed, is already gone here; its other foreign keys are as before.
        ModelState live = fkChanged ? model.replaceField(from.name(), f -> f.withForeignKey(null)) : model;
        if (from.indexed() && !to.indexed()) {
            out.addAll(d.dropIndex(live, ConstraintNames.index(model, from), target));
        }
        if (from.unique() && !to.unique()) {
            out.addAll(d.dropIndex(live, ConstraintNames.unique(model, from), target));
        }
        if (definition) {
            out.addAll(d.alterColumn(model, from, to, fill));
        } else if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            out.addAll(d.alterDefault(model, from, to));
        }
        FieldState added = to.withUnique(to.unique() && !from.unique()).withIndexed(to.indexed() && !from.indexed())
                .withForeignKey(fkChanged && !constraintOnly ? to.foreignKey() : null);
        out.addAll(FieldSql.extras(d, toModel, added, target));
        if (constraintOnly && to.foreignKey().constraint()) {
            out.addAll(d.addForeignKeyConstraint(toModel, to, FieldSql.target(toModel, to, target)));
        }
        return out;
    }

    @Override
    public String describe(String app) {
        return (defaultOnly ? "change default of " : "alter field ") + app + "." + model + "." + field.name();
    }

    @Override
    public String slug() {
        return (defaultOnly ? "chg_default_" : "chg_field_") + FieldSql.lower(model) + "_" + field.column();
    }

    @Override
    public List<Precondition> preconditions(String app, ProjectState before) {
        if (!Managed.table(before, app, model)) {
            return List.of();
        }
        ModelState m = before.requireModel(app, model);
        FieldState old = m.requireField(field.name());
        List<Precondition> out = new ArrayList<>();
        out.add(Precondition.of(Precondition.Kind.COLUMN_EXISTS, m.table(), field.column()));
        if (old.nullable() && !field.nullable() && fillNulls == null) {
            out.add(Precondition.of(Precondition.Kind.NO_NULLS, m.table(), field.column()));
        }
        if (field.unique() && !old.unique()) {
            out.add(Precondition.of(Precondition.Kind.NO_DUPLICATES, m.table(), field.column()));
        }
        if (field.type() == FieldType.STRING && field.maxLength() != null
                && (old.type() != FieldType.STRING || old.maxLength() == null || old.maxLength() > field.maxLength())) {
            out.add(new Precondition(Precondition.Kind.FITS_LENGTH, m.table(), List.of(field.column()),
                    field.maxLength()));
        }
        if (field.foreignKey() != null && field.foreignKey().constraint() && (old.foreignKey() == null
                || !old.foreignKey().constraint() || !old.foreignKey().sameTarget(field.foreignKey()))) {
            before.model(field.foreignKey().model()).ifPresent(t -> out.add(new Precondition(
                    Precondition.Kind.NO_ORPHANS, m.table(), List.of(field.column(), t.table(),
                    t.primaryKey().get(0).column()), null)));
        }
        return out;
    }
}
