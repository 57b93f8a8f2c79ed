package dev.southward.migrate.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A composite index or unique-together constraint of a model.
 *
 * @param name   the index name, unique in the schema
 * @param fields the indexed field names, in order
 * @param unique whether it is a unique index
 */
@JsonPropertyOrder({"name", "fields", "unique"})
public record IndexState(String name, List<String> fields,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean unique) {
    /**
     * Checks the name and copies the fields.
     *
     * @param name   the index name, unique in the schema
     * @param fields the indexed field names, in order
     * @param unique whether it is a unique index
     */
    public IndexState {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
    }

    /**
     * This index over other fields, e.g. after a field was renamed.
     *
     * @param newFields the Java field names, in index order
     * @return the changed copy
     */
    public IndexState withFields(List<String> newFields) {
        return new IndexState(name, newFields, unique);
    }
}
