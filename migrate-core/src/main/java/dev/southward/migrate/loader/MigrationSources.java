package dev.southward.migrate.loader;

import dev.southward.migrate.migration.MigrationReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Lists migration files, {@code <location>/<app>/NNNN_name.json}, in a directory or on the classpath (directories
 * and jars, so migrations ship inside the application's jar), without reading them. Kept free of lambdas and
 * streams: it is on the start-up path of a fresh JVM, where each costs class generation.
 */
final class MigrationSources {
    /**
     * One file found.
     *
     * @param app      its app folder
     * @param fileName e.g. {@code 0001_initial.json}
     * @param location path or URL, for messages
     * @param source   opens its content
     * @param indexed  its entry in the app's {@link MigrationIndex} when that provably describes this file, else
     *                 null (the file is read)
     */
    record Found(String app, String fileName, String location, MigrationReader.Source source,
            MigrationIndex.Entry indexed) {
    }

    private MigrationSources() {
    }

    /**
     * The {@code .json} files in the app folders of a directory, by app, and by name unless {@code indexed}.
     *
     * @param indexed whether to match the files with each app's {@link MigrationIndex} (a {@code stat} each)
     */
    static List<Found> inDirectory(Path root, boolean indexed) {
        List<Found> out = new ArrayList<>();
        try {
            for (Path appDir : sorted(root, false)) {
                MigrationIndex.Index index = indexed ? MigrationIndex.inDirectory(appDir) : null;
                java.io.File folder = appDir.toFile();
                String app = appDir.getFileName().toString();
                String[] names = folder.list();
                if (names == null) {
                    throw new IOException("cannot list " + appDir);
                }
                if (!indexed) {
                    java.util.Arrays.sort(names); // the start-up's catalog is a map: no order to pay for
                }
                // java.io.File, not a Path per file: a new JVM's start-up goes through ten thousand of them.
                for (String name : names) {
                    if (name.endsWith(".json")) {
                        java.io.File file = new java.io.File(folder, name);
                        out.add(new Found(app, name, file.getPath(), new FileSource(file),
                                index == null ? null : MigrationIndex.trusted(index, name, file)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list migrations in " + root, e);
        }
        return out;
    }

    /**
     * The sub-directories (or the {@code .json} files) of a directory, sorted by name. Through {@code java.io}:
     * one native call lists a folder, and files are told by their name, without a {@code stat} each; a fresh
     * JVM's start-up lists a thousand of them.
     */
    static List<Path> sorted(Path dir, boolean jsonFiles) throws IOException {
        String[] names = dir.toFile().list();
        if (names == null) {
            throw new IOException("cannot list " + dir);
        }
        java.util.Arrays.sort(names);
        List<Path> out = new ArrayList<>(names.length);
        for (String name : names) {
            Path p = dir.resolve(name);
            if (jsonFiles ? name.endsWith(".json") : Files.isDirectory(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Files under {@code location} on the class loader's classpath, in directories and jars.
     *
     * @param indexed whether to match the files with each app's {@link MigrationIndex}
     */
    static List<Found> onClasspath(ClassLoader loader, String location, boolean indexed) {
        List<Found> out = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(location);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("jar")) {
                    inJar(root, location, indexed, out);
                } else if (root.getProtocol().equals("file")) {
                    out.addAll(inDirectory(Path.of(root.toURI()), indexed));
                }
            }
            if (out.isEmpty()) {
                inClasspathJars(loader, location, indexed, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * A jar built without directory entries does not answer {@code getResources(location)}: as a fallback, when
     * nothing was found, look inside every jar of the class path.
     */
    private static void inClasspathJars(ClassLoader loader, String location, boolean indexed, List<Found> out)
            throws IOException {
        Set<String> jars = new LinkedHashSet<>();
        for (ClassLoader c = loader; c != null; c = c.getParent()) {
            if (c instanceof java.net.URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    jars.add(url.getPath());
                }
            }
        }
        if (loader == ClassLoader.getSystemClassLoader() || jars.isEmpty()) {
            Collections.addAll(jars, System.getProperty("java.class.path", "").split(java.io.File.pathSeparator));
        }
        for (String jar : jars) {
            if (jar.endsWith(".jar") && Files.isRegularFile(Path.of(jar))) {
                inJar(new URL("jar:" + Path.of(jar).toUri() + "!/"), location, indexed, out);
            }
        }
    }

    /**
     * The migration files in a jar, from its central directory; with {@code indexed}, each app's index is read and
     * a file whose size and CRC32 there are the index's is taken from it (its entry is not read).
     */
    private static void inJar(URL root, String location, boolean indexed, List<Found> out) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        java.util.TreeMap<String, JarEntry> entries = new java.util.TreeMap<>(); // sorted, without a lambda
        java.util.Map<String, MigrationIndex.Index> indexes = new java.util.HashMap<>();
        String prefix = location.endsWith("/") ? location : location + "/";
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> all = jar.entries();
            while (all.hasMoreElements()) {
                JarEntry entry = all.nextElement();
                String name = entry.getName();
                if (!name.startsWith(prefix) || name.indexOf('/', prefix.length()) != name.lastIndexOf('/')
                        || name.lastIndexOf('/') <= prefix.length()) {
                    continue;
                }
                if (name.endsWith(".json")) {
                    entries.put(name, entry);
                } else if (indexed && name.endsWith("/" + MigrationIndex.FILE_NAME)) {
                    try (java.io.InputStream in = jar.getInputStream(entry)) {
                        MigrationIndex.Index index = MigrationIndex.parse(in);
                        if (index != null) {
                            indexes.put(name.substring(prefix.length(), name.lastIndexOf('/')), index);
                        }
                    }
                }
            }
        }
        String jarUrl = connection.getJarFileURL().toString();
        for (JarEntry entry : entries.values()) {
            String name = entry.getName();
            String[] parts = name.substring(prefix.length()).split("/");
            URL url = new URL("jar:" + jarUrl + "!/" + name);
            out.add(new Found(parts[0], parts[1], url.toString(), new UrlSource(url),
                    MigrationIndex.trusted(indexes.get(parts[0]), parts[1], entry.getSize(), entry.getCrc())));
        }
    }

    private record FileSource(java.io.File file) implements MigrationReader.Source {
        @Override
        public java.io.InputStream open() throws IOException {
            return new java.io.FileInputStream(file); // java.io: already loaded in any JVM
        }
    }

    private record UrlSource(URL url) implements MigrationReader.Source {
        @Override
        public java.io.InputStream open() throws IOException {
            var c = url.openConnection();
            c.setUseCaches(false);
            return c.getInputStream();
        }
    }
}
