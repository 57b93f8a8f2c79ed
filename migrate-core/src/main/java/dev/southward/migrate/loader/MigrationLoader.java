package dev.southward.migrate.loader;

import dev.southward.migrate.MigrationFileException;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.migration.MigrationReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds migration files, {@code <location>/<app>/NNNN_name.json}, in a directory or on the classpath (directories
 * and jars, so migrations ship inside the application's jar) and reads their headers.
 */
public final class MigrationLoader {
    /**
     * Loaded headers, so that a repeated no-op {@code migrate()} costs its one query and not a re-read of every
     * file: classpath resources cannot change while the class loader lives; a directory is re-read when any file's
     * name, size or modification time changed.
     */
    private static final Map<ClassLoader, Map<String, List<Migration>>> CLASSPATH =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private static final Map<String, Cached> DIRECTORIES = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<MigrationKey, Migration> found = new HashMap<>();

    private record Cached(List<String> signature, List<Migration> migrations) {
    }

    private MigrationLoader() {
    }

    /** Migrations under {@code location} (e.g. {@code southward/migrations}) on the class loader's classpath. */
    public static List<Migration> fromClasspath(ClassLoader loader, String location) {
        Map<String, List<Migration>> perLoader = CLASSPATH.computeIfAbsent(loader,
                k -> new java.util.concurrent.ConcurrentHashMap<>());
        return perLoader.computeIfAbsent(location, k -> scanClasspath(loader, location));
    }

    private static List<Migration> scanClasspath(ClassLoader loader, String location) {
        MigrationLoader l = new MigrationLoader();
        try {
            Enumeration<URL> roots = loader.getResources(location);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("jar")) {
                    l.scanJar(root, location);
                } else if (root.getProtocol().equals("file")) {
                    l.scanDirectory(Path.of(root.toURI()), root.toString());
                }
            }
            if (l.found.isEmpty()) {
                l.scanClasspathJars(loader, location);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return l.sorted();
    }

    /**
     * A jar built without directory entries does not answer {@code getResources(location)}: as a fallback, when
     * nothing was found, look inside every jar of the class path.
     */
    private void scanClasspathJars(ClassLoader loader, String location) throws IOException {
        java.util.Set<String> jars = new java.util.LinkedHashSet<>();
        for (ClassLoader c = loader; c != null; c = c.getParent()) {
            if (c instanceof java.net.URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    jars.add(url.getPath());
                }
            }
        }
        if (loader == ClassLoader.getSystemClassLoader() || jars.isEmpty()) {
            jars.addAll(List.of(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)));
        }
        for (String jar : jars) {
            if (jar.endsWith(".jar") && Files.isRegularFile(Path.of(jar))) {
                scanJar(new URL("jar:" + Path.of(jar).toUri() + "!/"), location);
            }
        }
    }

    /** Migrations in a directory of app folders, e.g. {@code src/main/resources/southward/migrations}. */
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
        MigrationLoader l = new MigrationLoader();
        l.scanDirectory(directory, directory.toString());
        List<Migration> loaded = l.sorted();
        DIRECTORIES.put(key, new Cached(signature, loaded));
        return loaded;
    }

    /** Name, size and modification time of every file: cheaper than reading them. */
    private static List<String> signature(Path root) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> apps = Files.list(root)) {
            for (Path appDir : apps.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(appDir)) {
                    for (Path f : files.sorted().toList()) {
                        var attributes = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class);
                        out.add(appDir.getFileName() + "/" + f.getFileName() + ":" + attributes.size() + ":"
                                + attributes.lastModifiedTime().toMillis() + ":" + attributes.lastModifiedTime());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list migrations in " + root, e);
        }
        return out;
    }

    private List<Migration> sorted() {
        return found.values().stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
    }

    private void scanDirectory(Path root, String label) {
        try (Stream<Path> apps = Files.list(root)) {
            for (Path appDir : apps.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(appDir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                        add(appDir.getFileName().toString(), file.getFileName().toString(), file.toString(),
                                () -> Files.newInputStream(file));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list migrations in " + label, e);
        }
    }

    private void scanJar(URL root, String location) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        List<String[]> entries = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            String prefix = location.endsWith("/") ? location : location + "/";
            Enumeration<JarEntry> all = jar.entries();
            while (all.hasMoreElements()) {
                String name = all.nextElement().getName();
                if (name.startsWith(prefix) && name.endsWith(".json")) {
                    String[] parts = name.substring(prefix.length()).split("/");
                    if (parts.length == 2) {
                        entries.add(new String[] {parts[0], parts[1], name});
                    }
                }
            }
        }
        String jarUrl = connection.getJarFileURL().toString();
        for (String[] e : entries) {
            URL url = new URL("jar:" + jarUrl + "!/" + e[2]);
            add(e[0], e[1], url.toString(), () -> {
                var c = url.openConnection();
                c.setUseCaches(false);
                return c.getInputStream();
            });
        }
    }

    private void add(String app, String fileName, String location, MigrationReader.Source source) {
        String name = fileName.substring(0, fileName.length() - ".json".length());
        if (!MigrationKey.NAME.matcher(name).matches()) {
            throw new MigrationFileException(location + ": a migration file name must look like 0001_name.json "
                    + "(four digits, then lower-case letters, digits and _)");
        }
        MigrationKey key = new MigrationKey(app, name);
        Migration previous = found.get(key);
        if (previous != null) {
            throw new MigrationFileException("Migration " + key + " is found twice: " + previous.source() + " and "
                    + location);
        }
        found.put(key, MigrationReader.read(key, location, source));
    }
}
