package dev.southward.migrate.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param name    the model name (the Java class's simple name; {@code Owner_field} for a join model)
 * @param table   the table name
 * @param fields  the fields in declaration order
 * @param indexes composite indexes and unique-together constraints
 * @param managed false when Southward never creates, alters or drops the table (an existing table of another
 *                owner that foreign keys may point at); written to files only when false
 * @param joinFor for the join table of a many-to-many field, {@code Owner.field} in the same app; else null
 */
@JsonPropertyOrder({"app", "name", "table", "managed", "joinFor", "fields", "indexes"})
public record ModelState(String app, String name, String table, List<FieldState> fields, List<IndexState> indexes,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelState.OmitTrue.class) Boolean managed,
        @JsonInclude(JsonInclude.Include.NON_NULL) String joinFor) {
    /**
     * Checks the required components and copies the lists; a missing {@code managed} (older files) means managed.
     *
     * @param app     the app the model belongs to
     * @param name    the model name (the Java class's simple name; {@code Owner_field} for a join model)
     * @param table   the table name
     * @param fields  the fields in declaration order
     * @param indexes composite indexes and unique-together constraints
     * @param managed false when Southward never creates, alters or drops the table (an existing table of another
     *                owner that foreign keys may point at); written to files only when false
     * @param joinFor for the join table of a many-to-many field, {@code Owner.field} in the same app; else null
     */
    public ModelState {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        fields = List.copyOf(fields);
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
        managed = managed == null || managed; // files older than the option: managed
    }

    /**
     * A managed model that is no join table.
     *
     * @param app     the app
     * @param name    the model name
     * @param table   the table name
     * @param fields  the fields
     * @param indexes the composite indexes
     */
    public ModelState(String app, String name, String table, List<FieldState> fields, List<IndexState> indexes) {
        this(app, name, table, fields, indexes, true, null);
    }

    /**
     * Equal models have the same indexes in any order: an index is known by its name, and the order the scanner
     * reads them in is not the order migrations add them in (a derived index renamed with its field is dropped and
     * added again, at the end). Fields keep their order.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ModelState m && app.equals(m.app) && name.equals(m.name) && table.equals(m.table)
                && fields.equals(m.fields) && managed.equals(m.managed) && Objects.equals(joinFor, m.joinFor)
                && indexes.size() == m.indexes.size() && new java.util.HashSet<>(indexes).equals(
                        new java.util.HashSet<>(m.indexes));
    }

    @Override
    public int hashCode() {
        return Objects.hash(app, name, table, fields, new java.util.HashSet<>(indexes), managed, joinFor);
    }

    /** Jackson's filter that leaves out {@code managed} when it is true (the default). */
    public static final class OmitTrue {
        @Override
        public boolean equals(Object value) {
            return value == null || Boolean.TRUE.equals(value);
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    /**
     * Whether Southward creates, alters and drops the table ({@link #managed()} as a primitive).
     *
     * @return true unless the model is declared unmanaged
     */
    @JsonIgnore
    public boolean isManaged() {
        return managed;
    }

    /**
     * The same model with other options.
     *
     * @param newManaged whether the table is managed
     * @param newJoinFor {@code Owner.field} for a join table, else null
     * @return the changed copy
     */
    public ModelState withOptions(boolean newManaged, String newJoinFor) {
        return new ModelState(app, name, table, fields, indexes, newManaged, newJoinFor);
    }

    /**
     * {@code app.Model}.
     *
     * @return the key that identifies the model in a project, e.g. {@code images.Image}
     */
    @JsonIgnore
    public String key() {
        return app + "." + name;
    }

    /**
     * The field with a name, if the model has it.
     *
     * @param fieldName the Java field name
     * @return the field, or empty
     */
    public Optional<FieldState> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /**
     * The field, or an exception naming the model.
     *
     * @param fieldName the Java field name
     * @return the field
     * @throws IllegalStateException when the model has no such field
     */
    public FieldState requireField(String fieldName) {
        return field(fieldName).orElseThrow(() -> new IllegalStateException(
                "model " + key() + " has no field '" + fieldName + "'"));
    }

    /**
     * The fields of the primary key, in declaration order.
     *
     * @return the key's fields; empty when the model has no primary key
     */
    @JsonIgnore
    public List<FieldState> primaryKey() {
        return fields.stream().filter(FieldState::primaryKey).toList();
    }

    /**
     * The composite index or unique-together constraint with a name, if the model has it.
     *
     * @param indexName the index name
     * @return the index, or empty
     */
    public Optional<IndexState> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    /**
     * The column of a field.
     *
     * @param fieldName the Java field name
     * @return its column name
     * @throws IllegalStateException when the model has no such field
     */
    public String column(String fieldName) {
        return requireField(fieldName).column();
    }

    /**
     * The same model renamed.
     *
     * @param newName  the new model name
     * @param newTable the new table name
     * @return the changed copy
     */
    public ModelState withName(String newName, String newTable) {
        return new ModelState(app, newName, newTable, fields, indexes, managed, joinFor);
    }

    /**
     * This model with a field added at the end.
     *
     * @param field the new field
     * @return the changed copy
     */
    public ModelState withField(FieldState field) {
        List<FieldState> copy = new ArrayList<>(fields);
        copy.add(field);
        return new ModelState(app, name, table, copy, indexes, managed, joinFor);
    }

    /**
     * This model without a field.
     *
     * @param fieldName the Java field name of the field removed
     * @return the changed copy
     */
    public ModelState withoutField(String fieldName) {
        return new ModelState(app, name, table, fields.stream().filter(f -> !f.name().equals(fieldName)).toList(),
                indexes, managed, joinFor);
    }

    /**
     * Replaces the named field in place, keeping field order.
     *
     * @param fieldName the Java field name
     * @param change    the change applied to the field
     * @return the changed copy
     * @throws IllegalStateException when the model has no such field
     */
    public ModelState replaceField(String fieldName, UnaryOperator<FieldState> change) {
        requireField(fieldName);
        return new ModelState(app, name, table,
                fields.stream().map(f -> f.name().equals(fieldName) ? change.apply(f) : f).toList(), indexes, managed,
                joinFor);
    }

    /**
     * This model with a composite index added at the end.
     *
     * @param index the new index
     * @return the changed copy
     */
    public ModelState withIndex(IndexState index) {
        List<IndexState> copy = new ArrayList<>(indexes);
        copy.add(index);
        return new ModelState(app, name, table, fields, copy, managed, joinFor);
    }

    /**
     * This model without a composite index.
     *
     * @param indexName the name of the index removed
     * @return the changed copy
     */
    public ModelState withoutIndex(String indexName) {
        return new ModelState(app, name, table, fields,
                indexes.stream().filter(i -> !i.name().equals(indexName)).toList(), managed, joinFor);
    }

    /**
     * This model with its composite indexes replaced.
     *
     * @param newIndexes the indexes, in order
     * @return the changed copy
     */
    public ModelState withIndexes(List<IndexState> newIndexes) {
        return new ModelState(app, name, table, fields, newIndexes, managed, joinFor);
    }
}
