package dev.southward.migrate;

import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.operation.Operation;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Southward#makeMigrations} wrote (or, in check mode, would write).
 *
 * @param migrations the new migrations
 * @param messages   one line per app without changes, e.g. {@code No changes detected in app images}
 */
public record MakeResult(List<NewMigration> migrations, List<String> messages) {
    /**
     * Copies the lists.
     *
     * @param migrations the new migrations
     * @param messages   one line per app without changes, e.g. {@code No changes detected in app images}
     */
    public MakeResult {
        migrations = List.copyOf(migrations);
        messages = List.copyOf(messages);
    }

    /**
     * Whether models and migrations disagree (check mode: "models changed but no migration was made").
     *
     * @return true when at least one migration was (or would be) made
     */
    public boolean changed() {
        return !migrations.isEmpty();
    }

    /**
     * One new migration.
     *
     * @param key        app and name
     * @param path       the file written, or where it would be written in check mode
     * @param operations its operations
     * @param content    the file's text
     */
    public record NewMigration(MigrationKey key, Path path, List<Operation> operations, String content) {
    }
}
