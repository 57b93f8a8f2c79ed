package dev.southward.migrate.migration;

import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.state.ProjectState;
import java.util.List;
import java.util.function.Supplier;

/**
 * One migration as loaded from its file. The frozen snapshot is read lazily: start-up only needs names,
 * dependencies and checksums, never the snapshots of a thousand files.
 */
public final class Migration {
    private final MigrationKey key;
    private final String source;
    private final List<MigrationKey> dependencies;
    private final List<MigrationKey> replaces;
    private final List<Operation> operations;
    private final String checksum;
    private final Supplier<ProjectState> frozen;
    private ProjectState frozenCache;
    private boolean frozenRead;

    public Migration(MigrationKey key, String source, List<MigrationKey> dependencies, List<Operation> operations,
            String checksum, Supplier<ProjectState> frozen) {
        this(key, source, dependencies, List.of(), operations, checksum, frozen);
    }

    /**
     * A migration that may be a squash.
     *
     * @param key          its key
     * @param source       where it was read from, for messages
     * @param dependencies the migrations it depends on
     * @param replaces     for a squash, the migrations of its app it replaces, in order; else empty
     * @param operations   its operations
     * @param checksum     its checksum
     * @param frozen       reads its frozen snapshot
     */
    public Migration(MigrationKey key, String source, List<MigrationKey> dependencies, List<MigrationKey> replaces,
            List<Operation> operations, String checksum, Supplier<ProjectState> frozen) {
        this.key = key;
        this.source = source;
        this.dependencies = List.copyOf(dependencies);
        this.replaces = List.copyOf(replaces);
        this.operations = List.copyOf(operations);
        this.checksum = checksum;
        this.frozen = frozen;
    }

    public MigrationKey key() {
        return key;
    }

    public String app() {
        return key.app();
    }

    public String name() {
        return key.name();
    }

    /** Where the migration was read from, for messages. */
    public String source() {
        return source;
    }

    public List<MigrationKey> dependencies() {
        return dependencies;
    }

    /**
     * The migrations a squash replaces.
     *
     * @return the replaced migrations of the same app, in order; empty when this is no squash
     */
    public List<MigrationKey> replaces() {
        return replaces;
    }

    public List<Operation> operations() {
        return operations;
    }

    /** CRC32 of the operations as written, whitespace aside ({@link MigrationHead}); stored in the history table. */
    public String checksum() {
        return checksum;
    }

    /**
     * The frozen snapshot of the app's models after this migration (read on first use), or null when the file
     * carries none: only checkpoints do (see {@link MigrationWriter#checkpoint}); files written before that carry
     * one each.
     *
     * @return the snapshot, or null
     */
    public synchronized ProjectState frozen() {
        if (!frozenRead) {
            frozenCache = frozen.get();
            frozenRead = true;
        }
        return frozenCache;
    }

    /** {@code images.0002_x, operation #3 (add field images.Image.caption)} for messages. */
    public String where(int operationIndex) {
        return key + ", " + operation(operationIndex);
    }

    /** {@code operation #3 (add field images.Image.caption)}. */
    public String operation(int operationIndex) {
        return "operation #" + (operationIndex + 1) + " (" + operations.get(operationIndex).describe(app()) + ")";
    }

    @Override
    public String toString() {
        return key.toString();
    }
}
