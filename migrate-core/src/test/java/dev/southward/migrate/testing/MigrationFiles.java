package dev.southward.migrate.testing;

import dev.southward.migrate.execute.StateReplayer;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.loader.MigrationLoader;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.migration.MigrationWriter;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.state.ProjectState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Writes migration files by hand for tests, with a correct frozen snapshot computed by replay. */
public final class MigrationFiles {
    private final Path dir;

    public MigrationFiles(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code app/name.json}; {@code dependencies} are {@code app.name} strings. */
    public MigrationKey write(String app, String name, List<String> dependencies, Operation... ops) {
        ProjectState state = ProjectState.empty();
        if (Files.isDirectory(dir)) {
            MigrationGraph graph = MigrationGraph.of(MigrationLoader.fromDirectory(dir));
            state = StateReplayer.stateAfter(graph, graph.order());
        }
        for (Operation op : ops) {
            state = op.apply(app, state);
        }
        String content = MigrationWriter.render(app, dependencies.stream().map(MigrationKey::parse).toList(),
                Arrays.asList(ops), state);
        return writeRaw(app, name, content);
    }

    /** Writes a file with the given text as it is. */
    public MigrationKey writeRaw(String app, String name, String content) {
        try {
            Path file = dir.resolve(app).resolve(name + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return new MigrationKey(app, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String app, String name) {
        try {
            Files.delete(dir.resolve(app).resolve(name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }
}
