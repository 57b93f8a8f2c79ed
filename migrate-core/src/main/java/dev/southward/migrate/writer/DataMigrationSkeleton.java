package dev.southward.migrate.writer;

import dev.southward.migrate.migration.MigrationKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * The Java class of a new data migration: {@code <groupId>.migrations.<app>.<CamelCaseName>} under the project's
 * source directory, implementing {@code DataMigration} with empty {@code forwards} and {@code backwards}. Written
 * by South's {@code datamigration} (the Maven plugin and the command line).
 */
public final class DataMigrationSkeleton {
    private final String packageName;
    private final String simpleName;

    /**
     * The skeleton of a data migration.
     *
     * @param basePackage the package the {@code migrations.<app>} package goes under (a Maven group id will do)
     * @param app         the app
     * @param name        the migration's name, e.g. {@code fill_widths} (the class becomes {@code FillWidths})
     */
    public DataMigrationSkeleton(String basePackage, String app, String name) {
        this.packageName = javaName(basePackage + ".migrations." + app);
        this.simpleName = className(name);
    }

    /**
     * The class's fully qualified name.
     *
     * @return e.g. {@code com.example.migrations.images.FillWidths}
     */
    public String className() {
        return packageName + "." + simpleName;
    }

    /**
     * Where the class's source goes.
     *
     * @param sourceDirectory the Java source root, e.g. {@code src/main/java}
     * @return the {@code .java} file
     */
    public Path file(Path sourceDirectory) {
        return sourceDirectory.resolve(packageName.replace('.', '/')).resolve(simpleName + ".java");
    }

    /**
     * Writes the source file, making its package's folders.
     *
     * @param sourceDirectory the Java source root
     * @param key             the migration that calls the class
     * @throws IOException when the file cannot be written
     */
    public void write(Path sourceDirectory, MigrationKey key) throws IOException {
        Path file = file(sourceDirectory);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source(key), StandardCharsets.UTF_8);
    }

    /**
     * The class's source.
     *
     * @param key the migration that calls the class
     * @return Java source
     */
    public String source(MigrationKey key) {
        return """
                package %1$s;

                import dev.southward.migrate.operation.DataMigration;
                import dev.southward.migrate.state.ProjectState;
                import org.jdbi.v3.core.Handle;

                /**
                 * Data migration %2$s. Work with SQL through {@code handle} and with {@code state}, the models as they
                 * are at this migration (not today's classes, which may have changed since).
                 */
                public class %3$s implements DataMigration {
                    @Override
                    public void forwards(Handle handle, ProjectState state) {
                        // e.g. String table = state.requireModel("images", "Image").table();
                        // handle.execute("UPDATE \\"" + table + "\\" SET \\"width\\" = 0 WHERE \\"width\\" IS NULL");
                        // (quote names as your database does: "x" on H2, `x` on MySQL)
                    }

                    @Override
                    public void backwards(Handle handle, ProjectState state) {
                        // Undo forwards. If that is impossible, mark the operation "reversible": false in
                        // %4$s/%5$s.json.
                    }
                }
                """.formatted(packageName, key, simpleName, key.app(), key.name());
    }

    /** {@code fill_widths} becomes {@code FillWidths}. */
    private static String className(String name) {
        StringBuilder s = new StringBuilder();
        for (String part : MigrationNames.clean(name).split("_")) {
            if (!part.isEmpty()) {
                s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        String c = s.toString();
        return Character.isJavaIdentifierStart(c.charAt(0)) ? c : "Migration" + c;
    }

    /** A group id such as {@code com.example-app} made a valid package name: {@code com.example_app}. */
    private static String javaName(String dotted) {
        List<String> parts = new ArrayList<>();
        for (String part : dotted.toLowerCase(Locale.ROOT).split("\\.")) {
            String p = part.replaceAll("[^a-z0-9_]", "_");
            if (p.isEmpty()) {
                continue;
            }
            if (!Character.isJavaIdentifierStart(p.charAt(0)) || SourceVersion.isKeyword(p)) {
                p = "_" + p;
            }
            parts.add(p);
        }
        return String.join(".", parts);
    }
}
