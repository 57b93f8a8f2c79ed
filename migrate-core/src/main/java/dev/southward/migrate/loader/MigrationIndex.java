package dev.southward.migrate.loader;

import dev.southward.migrate.migration.MigrationHead;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The per-app index of migration files, {@code <app>/migrations.index}: each file's name, size, CRC32 of its
 * content and checksum (and the migrations a squash replaces), so that a start-up in a new JVM reads one small file
 * per app instead of the head of every migration. Written by {@code schemamigration} and {@code squash}, and by
 * {@code Southward.writeMigrationIndexes()}; see {@code docs/file-format.md}. It is a cache, never the truth: a file
 * is taken from the index only when it provably is the file indexed, and read as without an index otherwise.
 * <ul>
 *   <li>In a jar: its size and CRC32 in the jar's central directory equal the index's (no entry is read).</li>
 *   <li>In a directory: the index file is the one written here (its modification time is still its
 *       {@code written} time: a copy or checkout of the index is never trusted), and the file has the indexed size
 *       and was last modified more than {@link #MARGIN_MS} before the index was written (a file changed later, or
 *       within the file system's clock tick of the writing, is read).</li>
 * </ul>
 * Files not in the index are read; index lines without a file are ignored: the catalog is always the listing.
 */
public final class MigrationIndex {
    /** The index's file name in each app folder: not {@code .json}, so never taken for a migration. */
    public static final String FILE_NAME = "migrations.index";
    /** Files modified this close to the writing of the index are always read (a 2 s clock tick at most). */
    static final long MARGIN_MS = 2000;
    private static final String MAGIC = "southward-index 1";

    /**
     * One indexed file.
     *
     * @param size     its size in bytes
     * @param crc      CRC32 of its whole content
     * @param checksum its migration checksum ({@link MigrationHead})
     * @param replaces the names a squash replaces, comma-separated; empty for other migrations
     */
    record Entry(long size, long crc, String checksum, String replaces) {
    }

    /**
     * An index read.
     *
     * @param written when it was written, ms since the epoch
     * @param entries file name to entry
     */
    record Index(long written, Map<String, Entry> entries) {
    }

    private MigrationIndex() {
    }

    /**
     * Writes the index of an app folder (replacing it atomically). Files trusted by the previous index are not read
     * again; the others are read whole. A file with a name that is not a migration's, or that the start-up lexer
     * cannot follow, is left out (start-up then reads it and the full path reports it).
     *
     * @param appDir the app's folder of migration files
     * @return the index file
     * @throws IOException when the folder cannot be listed, a file read or the index written
     */
    public static Path write(Path appDir) throws IOException {
        long written = System.currentTimeMillis(); // before any file is read: a file changed meanwhile is racy
        Index previous = inDirectory(appDir);
        StringBuilder out = new StringBuilder(MAGIC).append('\n').append("written ").append(written).append('\n');
        for (Path file : MigrationSources.sorted(appDir, true)) {
            String name = file.getFileName().toString();
            if (!dev.southward.migrate.migration.MigrationKey.isName(name.substring(0, name.length() - 5))) {
                continue; // not a migration's name: start-up reads it and the full path reports it
            }
            Entry e = previous == null ? null : trusted(previous, name, file.toFile());
            if (e == null) {
                e = entry(Files.readAllBytes(file));
            }
            if (e != null) {
                out.append(name).append(' ').append(e.size()).append(' ').append(hex(e.crc())).append(' ')
                        .append(e.checksum());
                if (!e.replaces().isEmpty()) {
                    out.append(' ').append(e.replaces());
                }
                out.append('\n');
            }
        }
        Path index = appDir.resolve(FILE_NAME);
        Path tmp = appDir.resolve(FILE_NAME + ".tmp");
        Files.writeString(tmp, out, StandardCharsets.UTF_8);
        // Its time is its identity: a copy or a checkout of the index gets another one and is not trusted.
        Files.setLastModifiedTime(tmp, FileTime.fromMillis(written));
        Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return index;
    }

    /**
     * Writes the index of every app folder of a migrations directory.
     *
     * @param directory the directory of app folders
     * @return the index files written
     * @throws IOException when a folder cannot be listed, a file read or an index written
     */
    public static List<Path> writeAll(Path directory) throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (Path app : MigrationSources.sorted(directory, false)) {
            out.add(write(app));
        }
        return out;
    }

    /** The entry of a file's content, or null when the start-up lexer cannot follow it. */
    static Entry entry(byte[] content) throws IOException {
        MigrationHead head = MigrationHead.read(new ByteArrayInputStream(content));
        if (head.checksum() == null) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(content);
        List<String> replaces = MigrationCatalog.replaces(head);
        for (String r : replaces) {
            if (r.indexOf(',') >= 0 || r.indexOf(' ') >= 0 || r.isEmpty()) {
                return null;
            }
        }
        return new Entry(content.length, crc.getValue(), head.checksum(), String.join(",", replaces));
    }

    /**
     * The index of an app folder when it is the one written there, else null (none, unreadable, or copied or
     * checked out since: its modification time is no longer its {@code written} time).
     */
    static Index inDirectory(Path appDir) {
        java.io.File file = new java.io.File(appDir.toFile(), FILE_NAME);
        long modified = file.lastModified(); // 0 when there is none
        if (modified == 0) {
            return null;
        }
        try (InputStream in = new java.io.FileInputStream(file)) {
            Index index = parse(in);
            // Equal, or truncated by a coarse file system (whole or even seconds).
            return index != null && modified <= index.written() && modified > index.written() - MARGIN_MS ? index
                    : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The entry of a file in a directory when its size and time show it is the file indexed, else null. */
    static Entry trusted(Index index, String name, java.io.File file) {
        Entry e = index.entries().get(name);
        // java.io: two plain stat calls, cheaper in a new JVM than the NIO attribute views; 0 for a missing file
        return e != null && file.length() == e.size() && file.lastModified() < index.written() - MARGIN_MS
                && file.lastModified() != 0 ? e : null;
    }

    /** The entry of a jar entry when its central directory's size and CRC32 are the index's, else null. */
    static Entry trusted(Index index, String name, long size, long crc) {
        Entry e = index == null ? null : index.entries().get(name);
        return e != null && size >= 0 && e.size() == size && e.crc() == crc ? e : null;
    }

    /** Parses an index; null when it is not one (then nothing is taken from it). */
    static Index parse(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int at = 0;
        long written = -1;
        Map<String, Entry> entries = new HashMap<>();
        int lineNo = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(at, end);
            at = end + 1;
            lineNo++;
            if (lineNo == 1) {
                if (!line.equals(MAGIC)) {
                    return null;
                }
            } else if (lineNo == 2) {
                if (!line.startsWith("written ")) {
                    return null;
                }
                try {
                    written = Long.parseLong(line.substring("written ".length()));
                } catch (NumberFormatException e) {
                    return null;
                }
            } else if (!line.isEmpty() && !entry(line, entries)) {
                return null;
            }
        }
        return written < 0 ? null : new Index(written, entries);
    }

    /** Adds the entry of one line {@code name size crc checksum [replaces]}; false when it is not one. */
    private static boolean entry(String line, Map<String, Entry> entries) {
        int a = line.indexOf(' ');
        int b = a < 0 ? -1 : line.indexOf(' ', a + 1);
        int c = b < 0 ? -1 : line.indexOf(' ', b + 1);
        if (c < 0 || c - b != 9 || !line.startsWith(".json", a - 5)) {
            return false;
        }
        int d = line.indexOf(' ', c + 1);
        String checksum = line.substring(c + 1, d < 0 ? line.length() : d);
        String replaces = d < 0 ? "" : line.substring(d + 1);
        if (checksum.length() != 8 || replaces.indexOf(' ') >= 0) {
            return false;
        }
        try {
            Entry e = new Entry(Long.parseLong(line, a + 1, b, 10), Long.parseLong(line, b + 1, c, 16), checksum,
                    replaces);
            return entries.put(line.substring(0, a), e) == null;
        } catch (NumberFormatException ex) {
            return false;
        }
    }

    private static String hex(long value) {
        String h = Long.toHexString(value);
        return "00000000".substring(h.length()) + h;
    }
}
