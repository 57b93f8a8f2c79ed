package dev.southward.migrate;

import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.loader.MigrationIndex;
import dev.southward.migrate.loader.MigrationLoader;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.squash.Squasher;
import dev.southward.migrate.state.ProjectState;
import dev.southward.migrate.writer.MigrationMaker;
import dev.southward.migrate.writer.Update;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The file side of a {@link Southward}: where its migrations are read from (a source directory, else the classpath),
 * and what it writes into the source directory: new migrations, squashes and the per-app index.
 *
 * @param directory   the source directory, or null to read the classpath
 * @param location    the classpath location
 * @param classLoader the class loader of the classpath
 */
record SourceFolder(Path directory, String location, ClassLoader classLoader) {

    /** Every migration file of every app. */
    List<Migration> migrations() {
        return directory != null ? MigrationLoader.fromDirectory(directory)
                : MigrationLoader.fromClasspath(classLoader, location);
    }

    /** The migrations as a graph, after checking that a configured directory exists. */
    MigrationGraph graph() {
        checkDirectory();
        return MigrationGraph.of(migrations());
    }

    /**
     * A configured migrations directory must exist: a wrong path would otherwise look like an empty history, and
     * every applied migration like a ghost.
     */
    void checkDirectory() {
        if (directory != null && !Files.isDirectory(directory)) {
            throw new MigrationFileException("The migrations directory " + directory.toAbsolutePath() + " "
                    + (Files.exists(directory) ? "is not a directory" : "does not exist") + ". Check "
                    + "the migrations directory setting; a new project makes it with its first migration "
                    + "(schemamigration -Dinitial).");
        }
    }

    /** Where migrations are read from, for messages. */
    String source() {
        return directory != null ? "the folder " + directory.toAbsolutePath().normalize()
                : "the classpath location " + location;
    }

    /**
     * Makes migrations of {@code models} and writes them (and their apps' index), as {@link Southward#makeMigrations}.
     *
     * @param models   the models read from the apps
     * @param declared the apps declared by {@code @App} classes (an app whose last model was deleted is made too)
     * @param request  what to make
     * @return what was made
     */
    MakeResult make(ProjectState models, Set<String> declared, MakeRequest request) {
        writable("makeMigrations");
        Set<String> apps = new TreeSet<>(declared);
        models.models().values().forEach(m -> apps.add(m.app()));
        MakeResult made;
        if (request.isUpdate()) {
            Update update = Update.of(migrations(), request.apps());
            made = new MigrationMaker(models, apps, MigrationGraph.of(update.remaining()), directory).make(request);
            made = request.isCheck() || request.isPrintOnly() ? made : update.finish(made, directory);
        } else {
            made = new MigrationMaker(models, apps, MigrationGraph.of(migrations()), directory).make(request);
        }
        if (!request.isCheck() && !request.isPrintOnly()) {
            Set<Path> written = new TreeSet<>();
            made.migrations().forEach(m -> written.add(m.path().getParent()));
            written.forEach(SourceFolder::writeIndex);
        }
        return made;
    }

    /** Writes the index of every app folder, as {@link Southward#writeMigrationIndexes}. */
    List<Path> writeIndexes() {
        writable("writeMigrationIndexes");
        try {
            return MigrationIndex.writeAll(directory);
        } catch (IOException e) {
            throw new SouthwardException("Cannot write the migrations indexes in " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    /** Writes the squash of a range and its app's index, as {@link Southward#squashMigrations}. */
    SquashResult squash(SquashRequest request) {
        writable("squashMigrations");
        if (request.to() == null) {
            throw new SouthwardException("Squash: give the last migration of the range (-Dto=0040; Java API: "
                    + "SquashRequest.app(\"" + request.app() + "\").to(\"0040\"))");
        }
        Squasher.Squash s = Squasher.squash(graph(), request.app(), request.from(), request.to(), request.name(),
                request.optimize());
        Path file = directory.resolve(request.app()).resolve(s.key().name() + ".json");
        try {
            Files.writeString(file, s.content(), StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new SouthwardException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        writeIndex(file.getParent());
        return new SquashResult(s.key(), file, s.replaces(), s.before(), s.after());
    }

    private void writable(String what) {
        if (directory == null) {
            throw new SouthwardException(what + " writes into a source directory: configure "
                    + "withMigrationsDirectory(Path.of(\"src/main/resources/" + location + "\"))");
        }
    }

    private static Path writeIndex(Path appDir) {
        try {
            return MigrationIndex.write(appDir);
        } catch (IOException e) {
            throw new SouthwardException("Cannot write the migrations index of " + appDir + ": " + e.getMessage(), e);
        }
    }
}
