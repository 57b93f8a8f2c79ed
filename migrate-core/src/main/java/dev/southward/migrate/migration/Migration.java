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

    /**
     * A migration that replaces no other.
     *
     * @param key          its key
     * @param source       where it was read from, for messages
     * @param dependencies the migrations it depends on
     * @param operations   its operations
     * @param checksum     its checksum
     * @param frozen       reads its frozen snapshot
     */
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

    /**
     * The app and name that identify the migration.
     *
     * @return the key
     */
    public MigrationKey key() {
        return key;
    }

    /**
     * The app the migration belongs to.
     *
     * @return the app label
     */
    public String app() {
        return key.app();
    }

    /**
     * The migration's name, e.g. {@code 0002_auto__add_field_image_width}.
     *
     * @return the name, without {@code .json}
     */
    public String name() {
        return key.name();
    }

    /**
     * Where the migration was read from, for messages.
     *
     * @return the file or classpath resource
     */
    public String source() {
        return source;
    }

    /**
     * The migrations that must be applied before this one, in its app and others.
     *
     * @return the dependencies, in file order
     */
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

    /**
     * What the migration does, in order.
     *
     * @return the operations; empty for an empty migration
     */
    public List<Operation> operations() {
        return operations;
    }

    /**
     * CRC32 of the operations as written, whitespace aside ({@link MigrationHead}); stored in the history table.
     *
     * @return eight lower-case hex digits
     */
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

    /**
     * {@code images.0002_x, operation #3 (add field images.Image.caption)} for messages.
     *
     * @param operationIndex the operation's position, from 0
     * @return the migration and operation, for messages
     */
    public String where(int operationIndex) {
        return key + ", " + operation(operationIndex);
    }

    /**
     * {@code operation #3 (add field images.Image.caption)}.
     *
     * @param operationIndex the operation's position, from 0
     * @return the operation's number (from 1) and description
     */
    public String operation(int operationIndex) {
        return "operation #" + (operationIndex + 1) + " (" + operations.get(operationIndex).describe(app()) + ")";
    }

    @Override
    public String toString() {
        return key.toString();
    }
}
