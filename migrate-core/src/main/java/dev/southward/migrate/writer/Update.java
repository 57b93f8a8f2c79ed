package dev.southward.migrate.writer;

import dev.southward.migrate.MakeResult;
import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.migration.MigrationKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * South's {@code schemamigration --update}: the app's latest migration is set aside, the migration is made again
 * against the migrations before it (so it keeps its number), and the old file is removed once the new one is
 * written.
 *
 * @param replaced   the migration being remade
 * @param remaining  every other migration, the graph the new one is made against
 */
public record Update(MigrationKey replaced, List<Migration> remaining) {
    /**
     * Sets aside the latest migration of {@code app}.
     *
     * @param migrations every migration
     * @param apps       the request's apps: exactly one
     * @return the migration to remake and the others
     * @throws SouthwardException when there is no single app, no single latest migration, or another migration
     *                            depends on it
     */
    public static Update of(List<Migration> migrations, List<String> apps) {
        if (apps.size() != 1) {
            throw new SouthwardException("--update remakes one app's latest migration: name the app");
        }
        String app = apps.get(0);
        List<MigrationKey> leaves = MigrationGraph.of(migrations).leaves(app);
        if (leaves.size() != 1) {
            throw new SouthwardException("--update needs exactly one latest migration of app " + app + ", found "
                    + leaves + (leaves.isEmpty() ? ": make the first one with --initial" : ": merge them first"));
        }
        MigrationKey last = leaves.get(0);
        List<Migration> others = new ArrayList<>();
        for (Migration m : migrations) {
            if (m.dependencies().contains(last)) {
                throw new SouthwardException("Cannot update " + last + ": " + m.key() + " depends on it");
            }
            if (!m.key().equals(last)) {
                others.add(m);
            }
        }
        return new Update(last, others);
    }

    /**
     * After the new migration was written: removes the replaced file when the new one has another name.
     *
     * @param result    what was made
     * @param directory the migrations directory
     * @return the result, with a line naming the replaced file
     */
    public MakeResult finish(MakeResult result, Path directory) {
        if (result.migrations().isEmpty()) {
            return result;
        }
        Path old = directory.resolve(replaced.app()).resolve(replaced.name() + ".json");
        List<String> messages = new ArrayList<>(result.messages());
        if (!old.equals(result.migrations().get(0).path())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the replaced migration " + old, e);
            }
        }
        messages.add("Replaced " + replaced);
        return new MakeResult(result.migrations(), messages);
    }
}
