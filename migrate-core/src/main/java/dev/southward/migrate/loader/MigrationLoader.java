package dev.southward.migrate.loader;

import dev.southward.migrate.MigrationFileException;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.migration.MigrationReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds migration files, {@code <location>/<app>/NNNN_name.json}, in a directory or on the classpath (directories
 * and jars, so migrations ship inside the application's jar) and reads their headers.
 */
public final class MigrationLoader {
    /**
     * Loaded headers, so that a repeated {@code migrate()} does not re-read every file: classpath resources cannot
     * change while the class loader lives; a directory is re-read when any file's name, size or modification time
     * changed.
     */
    private static final Map<ClassLoader, Map<String, List<Migration>>> CLASSPATH =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private static final Map<String, Cached> DIRECTORIES = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<MigrationKey, Migration> found = new HashMap<>();

    private record Cached(List<String> signature, List<Migration> migrations) {
    }

    private MigrationLoader() {
    }

    /** Forgets what was cached, as a new JVM would (tests). */
    static void forget() {
        CLASSPATH.clear();
        DIRECTORIES.clear();
    }

    /**
     * Migrations under {@code location} (e.g. {@code southward/migrations}) on the class loader's classpath.
     *
     * @param loader   the class loader whose resources are searched, in folders and jars
     * @param location the folder relative to the classpath root
     * @return the migrations of every app found; empty when there are none
     * @throws dev.southward.migrate.MigrationFileException when a file cannot be read or a name appears twice
     */
    public static List<Migration> fromClasspath(ClassLoader loader, String location) {
        Map<String, List<Migration>> perLoader = CLASSPATH.computeIfAbsent(loader,
                k -> new java.util.concurrent.ConcurrentHashMap<>());
        return perLoader.computeIfAbsent(location, k -> load(MigrationSources.onClasspath(loader, location, false)));
    }

    /**
     * Migrations in a directory of app folders, e.g. {@code src/main/resources/southward/migrations}.
     *
     * @param directory the folder holding one subfolder per app
     * @return the migrations of every app; empty when the folder does not exist
     * @throws dev.southward.migrate.MigrationFileException when a file cannot be read
     */
    public static List<Migration> fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        String key = directory.toAbsolutePath().normalize().toString();
        List<String> signature = signature(directory);
        Cached cached = DIRECTORIES.get(key);
        if (cached != null && cached.signature().equals(signature)) {
            return cached.migrations();
        }
        List<Migration> loaded = load(MigrationSources.inDirectory(directory, false));
        DIRECTORIES.put(key, new Cached(signature, loaded));
        return loaded;
    }

    /** Name, size and modification time of every file: cheaper than reading them. */
    private static List<String> signature(Path root) {
        List<String> out = new ArrayList<>();
        try {
            for (Path appDir : MigrationSources.sorted(root, false)) {
                for (Path f : MigrationSources.sorted(appDir, true)) {
                    var attributes = Files.readAttributes(f, BasicFileAttributes.class);
                    // The time as a number: FileTime.toString() formats a date, ten thousand times at start-up.
                    out.add(appDir.getFileName() + "/" + f.getFileName() + ":" + attributes.size() + ":"
                            + attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list migrations in " + root, e);
        }
        return out;
    }

    private static List<Migration> load(List<MigrationSources.Found> files) {
        MigrationLoader l = new MigrationLoader();
        files.forEach(f -> l.add(f.app(), f.fileName(), f.location(), f.source()));
        return l.found.values().stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
    }

    /** The migration key of a file name, or an error naming the file. */
    static MigrationKey key(String app, String fileName, String location) {
        String name = fileName.substring(0, fileName.length() - ".json".length());
        if (!MigrationKey.isName(name)) {
            throw new MigrationFileException(location + ": a migration file name must look like 0001_name.json "
                    + "(four digits, or more from 10000 on, then lower-case letters, digits and _)");
        }
        return new MigrationKey(app, name);
    }

    private void add(String app, String fileName, String location, MigrationReader.Source source) {
        MigrationKey key = key(app, fileName, location);
        Migration previous = found.get(key);
        if (previous != null) {
            throw new MigrationFileException("Migration " + key + " is found twice: " + previous.source() + " and "
                    + location);
        }
        found.put(key, MigrationReader.read(key, location, source));
    }
}
