package dev.southward.migrate.cli.testing;

import dev.southward.migrate.model.App;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * An application as the command line sees it: model sources under {@code src/main/java} compiled into
 * {@code classes/}, and migrations under {@code src/main/resources/southward/migrations}. Tests change a model
 * and compile again, as a developer would.
 */
public final class Project {
    private final Path root;

    /**
     * A project in {@code root}.
     *
     * @param root the folder (the working directory of the command line)
     */
    public Project(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root.resolve("src/main/resources"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project folder. */
    public Path root() {
        return root;
    }

    /** The migrations folder of an app. */
    public Path migrations(String app) {
        return root.resolve("src/main/resources/southward/migrations").resolve(app);
    }

    /** The names of an app's migration files, sorted (not their cache beside them, {@code migrations.index}). */
    public List<String> migrationFiles(String app) {
        Path dir = migrations(app);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a Java source file.
     *
     * @param className fully qualified
     * @param source    its text
     * @return this
     */
    public Project source(String className, String source) {
        Path file = root.resolve("src/main/java").resolve(className.replace('.', '/') + ".java");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Compiles every source into {@code classes/}, against the core's annotations.
     *
     * @return this
     */
    public Project compile() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        // The core's annotations, and Jdbi for data migrations.
        String cp = location(App.class) + java.io.File.pathSeparator + location(org.jdbi.v3.core.Handle.class);
        List<String> args = new ArrayList<>(List.of("-d", root.resolve("classes").toString(), "-cp", cp));
        try (Stream<Path> files = Files.walk(root.resolve("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int rc = javac.run(null, null, null, args.toArray(String[]::new));
        if (rc != 0) {
            throw new AssertionError("the test project does not compile: " + args);
        }
        return this;
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code southward.properties}.
     *
     * @param lines its lines
     * @return this
     */
    public Project properties(String... lines) {
        try {
            Files.writeString(root.resolve("southward.properties"), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
