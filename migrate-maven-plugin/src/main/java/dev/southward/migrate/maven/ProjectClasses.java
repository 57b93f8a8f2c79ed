package dev.southward.migrate.maven;

import dev.southward.migrate.model.App;
import java.io.File;
import java.io.IOException;
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
import java.util.stream.Stream;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * The project's compiled classes and runtime dependencies, loaded parent-first over the plugin's class loader so
 * that the project's {@code @App} classes and data migrations see the plugin's own Southward classes.
 */
final class ProjectClasses implements AutoCloseable {
    /** How {@code @App} appears in the constant pool of a class annotated with it. */
    private static final String APP_DESCRIPTOR = "L" + App.class.getName().replace('.', '/') + ";";

    private final URLClassLoader loader;
    private final Path outputDirectory;

    private ProjectClasses(URLClassLoader loader, Path outputDirectory) {
        this.loader = loader;
        this.outputDirectory = outputDirectory;
    }

    static ProjectClasses of(MavenProject project) throws MojoFailureException {
        List<URL> urls = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoFailureException("Cannot build the project's classpath: " + e.getMessage(), e);
        }
        return new ProjectClasses(new URLClassLoader(urls.toArray(URL[]::new), ProjectClasses.class.getClassLoader()),
                Path.of(project.getBuild().getOutputDirectory()));
    }

    ClassLoader loader() {
        return loader;
    }

    /**
     * The {@code @App} classes: those named in {@code names} (comma-separated class names), or else every class
     * in the output directory annotated with {@code @App}, in class-name order.
     */
    List<Class<?>> apps(String names) throws MojoFailureException {
        List<String> classNames = names == null || names.isBlank() ? scan()
                : Arrays.stream(names.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<Class<?>> out = new ArrayList<>();
        for (String name : classNames) {
            Class<?> c = load(name);
            if (c.isAnnotationPresent(App.class)) {
                out.add(c);
            } else if (names != null && !names.isBlank()) {
                throw new MojoFailureException("apps: " + name + " is not annotated with @" + App.class.getName());
            }
        }
        return out;
    }

    private Class<?> load(String name) throws MojoFailureException {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new MojoFailureException("Cannot load the class " + name + " from the project's classpath ("
                    + e + "). Compile the project first: mvn compile", e);
        }
    }

    /** Reads class files rather than loading every class: only candidates mentioning {@code @App} are loaded. */
    private List<String> scan() {
        if (!Files.isDirectory(outputDirectory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(outputDirectory)) {
            return files.filter(f -> f.toString().endsWith(".class") && mentionsApp(f))
                    .map(f -> outputDirectory.relativize(f).toString().replace(File.separatorChar, '.'))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + outputDirectory, e);
        }
    }

    private static boolean mentionsApp(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains(APP_DESCRIPTOR);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classFile, e);
        }
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
