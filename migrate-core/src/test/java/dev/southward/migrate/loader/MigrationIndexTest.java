package dev.southward.migrate.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.testing.MigrationFiles;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-app index ({@code migrations.index}) replaces reading a file only when it provably describes that file;
 * the catalog of a new JVM is the same with and without it, for edits of the same size (also within the clock
 * tick of the index being written), deleted and added files, a copied or broken index, and in a jar.
 */
class MigrationIndexTest {
    static final FieldState ID = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true,
            false, false, null);
    @TempDir
    Path tmp;
    Path dir;
    MigrationFiles files;

    @BeforeEach
    void history() {
        dir = tmp.resolve("migrations");
        files = new MigrationFiles(dir);
        files.write("shop", "0001_initial", List.of(), new CreateModel("Item", "shop_item", List.of(ID), List.of()));
        files.write("shop", "0002_title", List.of("shop.0001_initial"),
                new AddField("Item", FieldState.of("title", "title", FieldType.STRING).withNullable(true), null));
        files.write("shop", "0003_price", List.of("shop.0002_title"),
                new AddField("Item", FieldState.of("price", "price", FieldType.INT).withNullable(true), null));
        files.writeRaw("shop", "0004_squashed_0005_x", """
                {"southward": 1, "replaces": ["0004_a", "0005_b"], "dependencies": ["shop.0003_price"],
                 "operations": []}
                """);
    }

    /** The catalog as a new JVM reads it. */
    private Map<String, String> catalog() {
        MigrationCatalog.forget();
        return MigrationCatalog.fromDirectory(dir);
    }

    /** The catalog read from the files alone. */
    private Map<String, String> withoutIndex() throws Exception {
        Path index = dir.resolve("shop/" + MigrationIndex.FILE_NAME);
        Path aside = tmp.resolve("aside");
        boolean had = Files.exists(index);
        if (had) {
            Files.move(index, aside);
        }
        try {
            return catalog();
        } finally {
            if (had) {
                Files.move(aside, index); // a move keeps its time
            }
        }
    }

    private void dateFilesBack() throws Exception {
        try (var all = Files.list(dir.resolve("shop"))) {
            for (Path f : all.toList()) {
                Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
            }
        }
    }

    /** Which files of the app the index vouches for (they are not read). */
    private List<String> indexed() {
        return MigrationSources.inDirectory(dir, true).stream().filter(f -> f.indexed() != null)
                .map(MigrationSources.Found::fileName).toList();
    }

    /** Replaces {@code from} by {@code to} (the same length) in the file, keeping its modification time. */
    private void editKeepingSizeAndTime(String name, String from, String to) throws Exception {
        Path file = dir.resolve("shop/" + name + ".json");
        FileTime time = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        assertThat(from).hasSameSizeAs(to);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(from, to));
        Files.setLastModifiedTime(file, time);
    }

    @Test
    void anIndexWrittenAfterTheFilesSettledIsUsedAndGivesTheSameCatalog() throws Exception {
        Map<String, String> files = withoutIndex();
        dateFilesBack();
        MigrationIndex.write(dir.resolve("shop"));
        assertThat(indexed()).containsExactlyInAnyOrder("0001_initial.json", "0002_title.json", "0003_price.json",
                "0004_squashed_0005_x.json");
        assertThat(catalog()).isEqualTo(files).containsEntry("shop.0004_a", MigrationCatalog.REPLACED);
    }

    @Test
    void aSameSizeEditWithinTheClockTickOfTheIndexIsRead() throws Exception {
        MigrationIndex.write(dir.resolve("shop")); // the files were written just now: all within the tick
        String before = catalog().get("shop.0002_title");
        editKeepingSizeAndTime("0002_title", "\"title\"", "\"titel\"");
        assertThat(indexed()).isEmpty();
        assertThat(catalog()).isEqualTo(withoutIndex());
        assertThat(catalog().get("shop.0002_title")).isNotEqualTo(before);
    }

    @Test
    void aSameSizeEditAfterTheIndexIsRead() throws Exception {
        dateFilesBack();
        MigrationIndex.write(dir.resolve("shop"));
        String before = catalog().get("shop.0002_title");
        Path file = dir.resolve("shop/0002_title.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"title\"", "\"titel\""));
        assertThat(indexed()).doesNotContain("0002_title.json").contains("0001_initial.json");
        assertThat(catalog().get("shop.0002_title")).isNotEqualTo(before).isEqualTo(withoutIndex().get(
                "shop.0002_title"));
    }

    @Test
    void deletedAndAddedFilesFollowTheListing() throws Exception {
        dateFilesBack();
        MigrationIndex.write(dir.resolve("shop"));
        files.delete("shop", "0003_price");
        files.writeRaw("shop", "0006_more", "{\"southward\": 1, \"dependencies\": [], \"operations\": []}");
        assertThat(catalog()).containsKey("shop.0006_more").doesNotContainKey("shop.0003_price")
                .isEqualTo(withoutIndex());
    }

    @Test
    void aCopiedOrCheckedOutIndexIsNotTrusted() throws Exception {
        dateFilesBack();
        Path index = MigrationIndex.write(dir.resolve("shop"));
        // A copy or checkout gets a later time; one millisecond is enough.
        Files.setLastModifiedTime(index, FileTime.fromMillis(Files.getLastModifiedTime(index).toMillis() + 1));
        assertThat(indexed()).isEmpty();
        editKeepingSizeAndTime("0002_title", "\"title\"", "\"titel\"");
        assertThat(catalog()).isEqualTo(withoutIndex());
    }

    @Test
    void aBrokenIndexIsIgnored() throws Exception {
        dateFilesBack();
        Path index = MigrationIndex.write(dir.resolve("shop"));
        FileTime time = Files.getLastModifiedTime(index);
        Files.writeString(index, Files.readString(index).replace("0002_title.json ", "0002_title.json x"));
        Files.setLastModifiedTime(index, time);
        assertThat(indexed()).isEmpty();
        assertThat(catalog()).isEqualTo(withoutIndex());
    }

    @Test
    void inAJarTheCentralDirectoryCrcDecidesAndAnEditedEntryIsRead() throws Exception {
        MigrationIndex.write(dir.resolve("shop")); // in a jar the index's times play no part
        Map<String, String> original = withoutIndex();
        Path good = jar("good.jar");
        editKeepingSizeAndTime("0002_title", "\"title\"", "\"titel\"");
        Map<String, String> edited = withoutIndex();
        Path stale = jar("stale.jar"); // the edited file with the index of the original files
        try (URLClassLoader loader = new URLClassLoader(new URL[] {good.toUri().toURL()}, null)) {
            assertThat(MigrationSources.onClasspath(loader, "southward/migrations", true))
                    .allMatch(f -> f.indexed() != null);
            assertThat(MigrationCatalog.fromClasspath(loader, "southward/migrations")).isEqualTo(original);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {stale.toUri().toURL()}, null)) {
            assertThat(MigrationSources.onClasspath(loader, "southward/migrations", true).stream()
                    .filter(f -> f.indexed() == null).map(MigrationSources.Found::fileName))
                    .containsExactly("0002_title.json");
            assertThat(MigrationCatalog.fromClasspath(loader, "southward/migrations")).isEqualTo(edited)
                    .isNotEqualTo(original);
        }
    }

    private Path jar(String name) throws Exception {
        Path jar = tmp.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); var all = Files.list(
                dir.resolve("shop"))) {
            for (Path f : all.sorted().toList()) {
                out.putNextEntry(new JarEntry("southward/migrations/shop/" + f.getFileName()));
                Files.copy(f, (OutputStream) out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
