package dev.southward.migrate.operation;

import dev.southward.migrate.dialect.ConstraintNames;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;

/** The SQL for a field together with the indexes and foreign key it implies, shared by the field operations. */
final class FieldSql {
    private FieldSql() {
    }

    static List<String> add(Dialect d, ModelState model, FieldState f, String oneOffDefault, ProjectState state) {
        List<String> out = new ArrayList<>(d.addColumn(model, f, oneOffDefault));
        out.addAll(extras(d, model, f, state));
        return out;
    }

    static List<String> drop(Dialect d, ModelState model, FieldState f) {
        List<String> out = new ArrayList<>(dropExtras(d, model, f));
        out.addAll(d.dropColumn(model, f));
        return out;
    }

    /** Creates the field's own indexes and its foreign key. */
    static List<String> extras(Dialect d, ModelState model, FieldState f, ProjectState state) {
        List<String> out = new ArrayList<>(d.fieldIndexes(model, f));
        if (f.foreignKey() != null) {
            out.addAll(d.addForeignKey(model, f, target(model, f, state)));
        }
        return out;
    }

    /** The model a foreign key field references: its own model (a self reference) or one of {@code state}. */
    static ModelState target(ModelState model, FieldState f, ProjectState state) {
        return f.foreignKey().model().equals(model.key()) ? model
                : state.requireModel(f.foreignKey().app(), f.foreignKey().modelName());
    }

    /** Drops the field's foreign key and own indexes, in the reverse order of {@link #extras}. */
    static List<String> dropExtras(Dialect d, ModelState model, FieldState f) {
        List<String> out = new ArrayList<>();
        if (f.foreignKey() != null) {
            out.addAll(d.dropForeignKey(model, f));
        }
        if (f.indexed()) {
            out.addAll(d.dropIndex(model, ConstraintNames.index(model, f)));
        }
        if (f.unique()) {
            out.addAll(d.dropIndex(model, ConstraintNames.unique(model, f)));
        }
        return out;
    }

    /** All fields' extras of a model, e.g. around a table rename that changes derived names. */
    static List<String> dropAllExtras(Dialect d, ModelState model) {
        List<String> out = new ArrayList<>();
        model.fields().forEach(f -> out.addAll(dropExtras(d, model, f)));
        return out;
    }

    static List<String> allExtras(Dialect d, ModelState model, ProjectState state) {
        List<String> out = new ArrayList<>();
        model.fields().forEach(f -> out.addAll(extras(d, model, f, state)));
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
