package dev.southward.migrate.cli;

import dev.southward.migrate.model.App;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The application's compiled models and migration resources: a class loader over the {@code --classpath} folders
 * and jars, and the {@code @App} classes found in them. Only folders and jars named one by one are scanned for
 * {@code @App} classes; the jars a {@code DIR/*} entry adds (the application's libraries) are only loaded from.
 */
final class ProjectClasspath implements AutoCloseable {
    private static final String APP_DESCRIPTOR = "L" + App.class.getName().replace('.', '/') + ";";

    private final URLClassLoader loader;
    private final List<Path> scanned;

    private ProjectClasspath(URLClassLoader loader, List<Path> scanned) {
        this.loader = loader;
        this.scanned = scanned;
    }

    /**
     * The class path of {@code entries}, each a path list.
     *
     * @param entries    path lists as given ({@code classes:lib/*})
     * @param workingDir what relative entries are relative to
     * @return the class path; closing it closes its class loader
     * @throws UsageException naming an entry that does not exist
     */
    static ProjectClasspath of(List<String> entries, Path workingDir) {
        List<URL> urls = new ArrayList<>();
        List<Path> scanned = new ArrayList<>();
        for (String list : entries) {
            for (String entry : list.split(File.pathSeparator)) {
                if (entry.isBlank()) {
                    continue;
                }
                boolean wildcard = entry.endsWith("*");
                Path path = workingDir.resolve(wildcard ? entry.substring(0, entry.length() - 1) : entry).normalize();
                if (!Files.exists(path)) {
                    throw new UsageException("--classpath: " + entry + " does not exist (" + path + ")");
                }
                if (wildcard) {
                    jarsIn(path).forEach(j -> urls.add(url(j)));
                } else {
                    urls.add(url(path));
                    scanned.add(path);
                }
            }
        }
        return new ProjectClasspath(new URLClassLoader(urls.toArray(URL[]::new),
                ProjectClasspath.class.getClassLoader()), scanned);
    }

    private static List<Path> jarsIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UsageException("--classpath: cannot list " + dir + ": " + e.getMessage());
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UsageException("--classpath: " + path + " is not a valid location");
        }
    }

    /** The loader of models, data migration classes, migration resources and JDBC drivers. */
    ClassLoader loader() {
        return loader;
    }

    /**
     * The {@code @App} classes: those named in {@code names} (comma-separated), or every class annotated with
     * {@code @App} in the scanned folders and jars, in name order.
     *
     * @param names the {@code --apps} value, or null
     * @return the classes
     */
    List<Class<?>> apps(String names) {
        boolean given = names != null && !names.isBlank();
        List<String> classNames = given ? Arrays.stream(names.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList() : scan();
        List<Class<?>> out = new ArrayList<>();
        for (String name : classNames) {
            Class<?> c;
            try {
                c = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new UsageException("Cannot load the class " + name + " from --classpath (" + e + ")");
            }
            if (c.isAnnotationPresent(App.class)) {
                out.add(c);
            } else if (given) {
                throw new UsageException("--apps: " + name + " is not annotated with @" + App.class.getName());
            }
        }
        return out;
    }

    /** Reads class files rather than loading every class: only those mentioning {@code @App} are loaded. */
    private List<String> scan() {
        TreeSet<String> names = new TreeSet<>();
        for (Path p : scanned) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(f -> f.toString().endsWith(".class") && mentionsApp(f))
                            .forEach(f -> names.add(className(p.relativize(f).toString().replace(File.separatorChar,
                                    '/'))));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot scan " + p, e);
                }
            } else if (p.toString().endsWith(".jar")) {
                scanJar(p, names);
            }
        }
        return List.copyOf(names);
    }

    private static void scanJar(Path jar, TreeSet<String> names) {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry e : java.util.Collections.list(file.entries())) {
                if (e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/")) {
                    try (InputStream in = file.getInputStream(e)) {
                        if (mentionsApp(in.readAllBytes())) {
                            names.add(className(e.getName()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + jar, e);
        }
    }

    private static String className(String slashed) {
        return slashed.substring(0, slashed.length() - ".class".length()).replace('/', '.');
    }

    private static boolean mentionsApp(Path classFile) {
        try {
            return mentionsApp(Files.readAllBytes(classFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classFile, e);
        }
    }

    private static boolean mentionsApp(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(APP_DESCRIPTOR);
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
