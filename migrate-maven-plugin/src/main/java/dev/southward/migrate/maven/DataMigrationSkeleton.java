package dev.southward.migrate.maven;

import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.writer.MigrationNames;
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
 * source directory, implementing {@code DataMigration} with empty {@code forwards} and {@code backwards}.
 */
final class DataMigrationSkeleton {
    private final String packageName;
    private final String simpleName;

    DataMigrationSkeleton(String groupId, String app, String name) {
        this.packageName = javaName(groupId + ".migrations." + app);
        this.simpleName = className(name);
    }

    String className() {
        return packageName + "." + simpleName;
    }

    Path file(Path sourceDirectory) {
        return sourceDirectory.resolve(packageName.replace('.', '/')).resolve(simpleName + ".java");
    }

    void write(Path sourceDirectory, MigrationKey key) throws IOException {
        Path file = file(sourceDirectory);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source(key), StandardCharsets.UTF_8);
    }

    String source(MigrationKey key) {
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
