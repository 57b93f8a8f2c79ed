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
        return render(app, dependencies, List.of(), operations, frozen);
    }

    /**
     * The file text of a squash: as {@link #render(String, List, List, ProjectState)}, with the names of the
     * migrations it replaces, in their order.
     *
     * @param app          the app
     * @param dependencies the migrations it depends on
     * @param replaces     names ({@code 0001_initial}) of the app's migrations it replaces; empty for none
     * @param operations   the operations
     * @param frozen       the state after it
     * @return the file text
     */
    public static String render(String app, List<MigrationKey> dependencies, List<String> replaces,
            List<Operation> operations, ProjectState frozen) {
        MigrationFile file = new MigrationFile(MigrationJson.FORMAT,
                dependencies.stream().sorted().map(MigrationKey::toString).toList(), replaces, operations,
                frozen.app(app));
        try {
            return MigrationJson.mapper().writer(MigrationJson.printer()).writeValueAsString(file) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
