package dev.southward.migrate.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One model (table) of an app. Immutable; {@code with*} methods return changed copies.
 *
 * @param app     the app the model belongs to
 * @param name    the model name (the Java class's simple name)
 * @param table   the table name
 * @param fields  the fields in declaration order
 * @param indexes composite indexes and unique-together constraints
 */
@JsonPropertyOrder({"app", "name", "table", "fields", "indexes"})
public record ModelState(String app, String name, String table, List<FieldState> fields, List<IndexState> indexes) {
    public ModelState {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        fields = List.copyOf(fields);
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
    }

    /** {@code app.Model}. */
    @JsonIgnore
    public String key() {
        return app + "." + name;
    }

    public Optional<FieldState> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** The field, or an exception naming the model. */
    public FieldState requireField(String fieldName) {
        return field(fieldName).orElseThrow(() -> new IllegalStateException(
                "model " + key() + " has no field '" + fieldName + "'"));
    }

    @JsonIgnore
    public List<FieldState> primaryKey() {
        return fields.stream().filter(FieldState::primaryKey).toList();
    }

    public Optional<IndexState> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    public String column(String fieldName) {
        return requireField(fieldName).column();
    }

    public ModelState withName(String newName, String newTable) {
        return new ModelState(app, newName, newTable, fields, indexes);
    }

    public ModelState withField(FieldState field) {
        List<FieldState> copy = new ArrayList<>(fields);
        copy.add(field);
        return new ModelState(app, name, table, copy, indexes);
    }

    public ModelState withoutField(String fieldName) {
        return new ModelState(app, name, table, fields.stream().filter(f -> !f.name().equals(fieldName)).toList(),
                indexes);
    }

    /** Replaces the named field in place, keeping field order. */
    public ModelState replaceField(String fieldName, UnaryOperator<FieldState> change) {
        requireField(fieldName);
        return new ModelState(app, name, table,
                fields.stream().map(f -> f.name().equals(fieldName) ? change.apply(f) : f).toList(), indexes);
    }

    public ModelState withIndex(IndexState index) {
        List<IndexState> copy = new ArrayList<>(indexes);
        copy.add(index);
        return new ModelState(app, name, table, fields, copy);
    }

    public ModelState withoutIndex(String indexName) {
        return new ModelState(app, name, table, fields,
                indexes.stream().filter(i -> !i.name().equals(indexName)).toList());
    }

    public ModelState withIndexes(List<IndexState> newIndexes) {
        return new ModelState(app, name, table, fields, newIndexes);
    }
}
