package dev.southward.migrate;

import dev.southward.migrate.migration.MigrationKey;
import java.nio.file.Path;
import java.util.List;

/**
 * The squash written by {@link Southward#squashMigrations}.
 *
 * @param key       the squash
 * @param file      where it was written
 * @param replaces  the migrations it replaces
 * @param before    operations in those migrations
 * @param after     operations in the squash
 */
public record SquashResult(MigrationKey key, Path file, List<MigrationKey> replaces, int before, int after) {
    /**
     * Copies the list of replaced migrations.
     *
     * @param key       the squash
     * @param file      where it was written
     * @param replaces  the migrations it replaces
     * @param before    operations in those migrations
     * @param after     operations in the squash
     */
    public SquashResult {
        replaces = List.copyOf(replaces);
    }

    /**
     * For the console: {@code Squashed 40 migrations of images (212 operations) into 0001_squashed_0040_x (31)}.
     *
     * @return the summary
     */
    public String render() {
        return "Squashed " + replaces.size() + " migrations of " + key.app() + " (" + before + " operations) into "
                + file + " (" + after + " operations). Commit it with the old files; delete them only once every "
                + "database has migrated past " + key.name() + " (see docs/tutorial/part11-squashing.md).";
    }
}
