package dev.southward.migrate.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/** Renders a migration file: same input, byte-identical output. */
public final class MigrationWriter {
    /** Every this many migrations of an app, the file carries the frozen snapshot (see {@link #checkpoint}). */
    public static final int CHECKPOINT_EVERY = 50;

    private MigrationWriter() {
    }

    /**
     * Whether a new migration carries the frozen snapshot: the app's first ({@code 0001_…}) and every
     * {@value #CHECKPOINT_EVERY}th by number. The others grow with their change, not with the models; their state
     * is the replay of the operations, which is the truth anyway.
     *
     * @param key the new migration
     * @return whether to write {@code "frozen"}
     */
    public static boolean checkpoint(MigrationKey key) {
        return key.number() == 1 || key.number() % CHECKPOINT_EVERY == 0;
    }

    /**
     * The file text, ending with a newline.
     *
     * @param frozen the state after the migration, restricted to {@code app} in the file; null writes no snapshot
     * @param app          the migration's app
     * @param dependencies the migrations it depends on
     * @param operations   its operations
     * @return the JSON text, the same for the same input on every machine
     */
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
                frozen == null ? null : frozen.app(app));
        try {
            return MigrationJson.mapper().writer(MigrationJson.printer()).writeValueAsString(file) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
