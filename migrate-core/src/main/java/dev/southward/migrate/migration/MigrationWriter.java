package dev.southward.migrate.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/** Renders a migration file: same input, byte-identical output. */
public final class MigrationWriter {
    /**
     * Up to the app's 1,000th migration, every this many carries the frozen snapshot; the interval then widens
     * tenfold with each tenfold of the history (see {@link #checkpoint}).
     */
    public static final int CHECKPOINT_EVERY = 50;

    private MigrationWriter() {
    }

    /**
     * Whether a new migration carries the frozen snapshot: the app's first ({@code 0001_…}), every
     * {@value #CHECKPOINT_EVERY}th by number below 1,000, every 500th below 10,000, every 5,000th below 100,000, and
     * so on. The others grow with their change, not with the models; their state is the replay of the operations,
     * which is the truth anyway. A snapshot holds the whole app, which grows with the history, so a fixed interval
     * would make the files grow with its square (139 MB at 10,000 migrations over 50 tables); a widening one keeps
     * the snapshots' share of the files about the same at every size.
     *
     * @param key the new migration
     * @return whether to write {@code "frozen"}
     */
    public static boolean checkpoint(MigrationKey key) {
        long n = key.number();
        long every = CHECKPOINT_EVERY;
        for (long bound = 1_000; n >= bound && bound <= Long.MAX_VALUE / 10; bound *= 10) {
            every *= 10;
        }
        return n == 1 || n % every == 0;
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
