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
 * @param replaces     for a squash, the names ({@code 0001_initial}) of the app's migrations it replaces; else
 *                     empty, and not written
 * @param operations   the operations, in forwards order
 * @param frozen       the app's models after this migration, sorted by name; null (left out) except at a
 *                     checkpoint ({@link MigrationWriter#checkpoint})
 */
@JsonPropertyOrder({"southward", "dependencies", "replaces", "operations", "frozen"})
public record MigrationFile(int southward, List<String> dependencies,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> replaces, List<Operation> operations,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ModelState> frozen) {
    /**
     * Copies the lists; a missing {@code dependencies} or {@code replaces} is empty.
     *
     * @param southward    the format version, {@value MigrationJson#FORMAT}
     * @param dependencies {@code app.name} of migrations that must be applied first
     * @param replaces     for a squash, the names ({@code 0001_initial}) of the app's migrations it replaces; else
     *                     empty, and not written
     * @param operations   the operations, in forwards order
     * @param frozen       the app's models after this migration, sorted by name; null (left out) except at a
     *                     checkpoint ({@link MigrationWriter#checkpoint})
     */
    public MigrationFile {
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
        operations = operations == null ? List.of() : List.copyOf(operations);
        frozen = frozen == null ? null : List.copyOf(frozen);
    }
}
