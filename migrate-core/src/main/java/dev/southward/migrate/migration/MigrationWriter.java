package dev.southward.migrate.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/** Renders a migration file: same input, byte-identical output. */
public final class MigrationWriter {
    private MigrationWriter() {
    }

    /** The file text, ending with a newline. {@code frozen} is restricted to {@code app}. */
    public static String render(String app, List<MigrationKey> dependencies, List<Operation> operations,
            ProjectState frozen) {
        MigrationFile file = new MigrationFile(MigrationJson.FORMAT,
                dependencies.stream().sorted().map(MigrationKey::toString).toList(), operations,
                frozen.app(app));
        try {
            return MigrationJson.mapper().writer(MigrationJson.printer()).writeValueAsString(file) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
