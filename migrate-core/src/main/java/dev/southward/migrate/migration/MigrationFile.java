package dev.southward.migrate.migration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.state.ModelState;
import java.util.List;

/**
 * The on-disk shape of a migration file (see docs/file-format.md).
 *
 * @param southward    the format version, {@value MigrationJson#FORMAT}
 * @param dependencies {@code app.name} of migrations that must be applied first
 * @param operations   the operations, in forwards order
 * @param frozen       the app's models after this migration, sorted by name; null (left out) except at a
 *                     checkpoint ({@link MigrationWriter#checkpoint})
 */
@JsonPropertyOrder({"southward", "dependencies", "operations", "frozen"})
public record MigrationFile(int southward, List<String> dependencies, List<Operation> operations,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ModelState> frozen) {
    public MigrationFile {
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        operations = operations == null ? List.of() : List.copyOf(operations);
        frozen = frozen == null ? null : List.copyOf(frozen);
    }
}
