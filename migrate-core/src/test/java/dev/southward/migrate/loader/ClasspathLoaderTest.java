package dev.southward.migrate.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.testing.MigrationFiles;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations ship inside the application's jar: they are found there and in class directories alike. */
class ClasspathLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void findsMigrationsInJarsAndDirectories() throws Exception {
        check(true);
    }

    @Test
    void findsMigrationsInAJarWithoutDirectoryEntries() throws Exception {
        check(false);
    }

    private void check(boolean directoryEntries) throws Exception {
        Path source = tmp.resolve("src");
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        new MigrationFiles(source).write("shop", "0001_initial", List.of(),
                new CreateModel("Item", "shop_item", List.of(id), List.of()));
        new MigrationFiles(source).write("shop", "0002_more", List.of("shop.0001_initial"));

        Path jar = tmp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (directoryEntries) {
                for (String dir : List.of("southward/", "southward/migrations/", "southward/migrations/shop/")) {
                    out.putNextEntry(new JarEntry(dir));
                    out.closeEntry();
                }
            }
            for (String name : List.of("0001_initial", "0002_more")) {
                out.putNextEntry(new JarEntry("southward/migrations/shop/" + name + ".json"));
                Files.copy(source.resolve("shop/" + name + ".json"), (OutputStream) out);
                out.closeEntry();
            }
        }
        Path classes = tmp.resolve("classes/southward/migrations/blog");
        if (directoryEntries) {
            new MigrationFiles(tmp.resolve("classes/southward/migrations")).write("blog", "0001_initial", List.of());
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL(),
                tmp.resolve("classes").toUri().toURL()}, null)) {
            List<Migration> found = MigrationLoader.fromClasspath(loader, "southward/migrations");
            List<String> expected = directoryEntries
                    ? List.of("blog.0001_initial", "shop.0001_initial", "shop.0002_more")
                    : List.of("shop.0001_initial", "shop.0002_more");
            assertThat(found).extracting(m -> m.key().toString()).containsExactlyElementsOf(expected);
            Migration first = found.get(directoryEntries ? 1 : 0);
            assertThat(first.source()).startsWith("jar:file:").endsWith("!/southward/migrations/shop/0001_initial.json");
            assertThat(first.frozen().requireModel("shop", "Item").table()).isEqualTo("shop_item");
            assertThat(first.checksum()).isEqualTo(MigrationLoader.fromDirectory(source).get(0).checksum());
        }
        assertThat(Files.exists(classes)).isEqualTo(directoryEntries);
    }
}
