package dev.southward.migrate.loader;

import dev.southward.migrate.migration.MigrationHead;
import dev.southward.migrate.migration.MigrationKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The start-up view of the migrations: {@code app.name} and checksum of every file, read with {@link MigrationHead}
 * alone (no JSON library, no operation classes), enough to prove that nothing is pending and nothing applied was
 * edited. Anything unusual (a bad file name, a file the lexer cannot follow, an unreadable file) makes it
 * {@link #UNKNOWN}, and the caller takes the full path, whose errors name the file.
 *
 * <p>In a new JVM, a file that its app's {@link MigrationIndex} provably describes (jar: size and CRC32 in the
 * central directory; directory: size and a time well before the index) is taken from the index, unread.
 *
 * <p>Cached like the headers of {@link MigrationLoader}: classpath resources for the class loader's life; a
 * directory while the modification times of its folders are unchanged. That catches files added, removed or
 * renamed, checkouts, and editors that save by replacing the file, without a file system call per file; an
 * in-place edit of an applied migration while the JVM runs is seen by the next JVM (a pending migration is
 * always read afresh by the full path).
 */
public final class MigrationCatalog {
    /**
     * The checksum entered for a migration that a squash replaces and whose file is gone: any applied history row
     * of it is expected, none is required (see {@code docs/file-format.md}, Squashes).
     */
    public static final String REPLACED = "replaced";
    /** The catalog of a folder that could not be read cheaply: use the full path. */
    public static final Map<String, String> UNKNOWN = Collections.unmodifiableMap(new HashMap<>());
    private static final Map<ClassLoader, Map<String, Map<String, String>>> CLASSPATH =
            Collections.synchronizedMap(new WeakHashMap<>());
    private static final Map<Path, Cached> DIRECTORIES = new ConcurrentHashMap<>();

    private record Cached(List<Path> apps, List<FileTime> times, Map<String, String> checksums) {
    }

    private MigrationCatalog() {
    }

    /** Forgets what was cached, as a new JVM would (tests). */
    static void forget() {
        CLASSPATH.clear();
        DIRECTORIES.clear();
    }

    /**
     * {@code app.name} to checksum for a directory of app folders; empty when it does not exist.
     *
     * @param directory the folder holding one subfolder per app
     * @return each migration's checksum by {@code app.name}
     */
    public static Map<String, String> fromDirectory(Path directory) {
        Path key = directory.toAbsolutePath().normalize();
        try {
            Cached cached = DIRECTORIES.get(key);
            if (cached != null && cached.times().equals(times(key, cached.apps()))) {
                // Unchanged folder times: no app folder came or went, no file was added, removed or replaced.
                return cached.checksums();
            }
            if (!Files.isDirectory(key)) {
                return Map.of();
            }
            List<Path> apps = MigrationSources.sorted(key, false);
            List<FileTime> times = times(key, apps);
            long readAt = System.currentTimeMillis();
            Map<String, String> checksums = read(MigrationSources.inDirectory(key, true));
            if (checksums != UNKNOWN && settled(times, readAt)) {
                DIRECTORIES.put(key, new Cached(apps, times, checksums));
            }
            return checksums;
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    /** The modification times of the directory and of its app folders. */
    private static List<FileTime> times(Path root, List<Path> apps) throws IOException {
        List<FileTime> times = new ArrayList<>(apps.size() + 1);
        times.add(Files.getLastModifiedTime(root));
        for (Path app : apps) {
            times.add(Files.getLastModifiedTime(app));
        }
        return times;
    }

    /**
     * Whether the folders last changed before they were read by more than the file system's clock tick: a change
     * within the same tick leaves the modification time as it was, so a folder changed that recently is read again
     * next time (git's "racy" entries). Whole-second times mean a coarse file system (ext3, HFS+, FAT): 2 s;
     * else 50 ms, well above the kernel's timestamp tick.
     */
    private static boolean settled(List<FileTime> times, long readAt) {
        boolean coarse = true;
        for (FileTime t : times) {
            coarse &= t.toMillis() % 1000 == 0;
        }
        long margin = coarse ? 2000 : 50;
        for (FileTime t : times) {
            if (t.toMillis() > readAt - margin) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code app.name} to checksum for migrations under {@code location} on the class loader's classpath.
     *
     * @param loader   the class loader whose resources are searched, in folders and jars
     * @param location the folder relative to the classpath root
     * @return each migration's checksum by {@code app.name}; empty when there are none
     */
    public static Map<String, String> fromClasspath(ClassLoader loader, String location) {
        Map<String, Map<String, String>> perLoader;
        synchronized (CLASSPATH) {
            perLoader = CLASSPATH.get(loader);
            if (perLoader == null) {
                perLoader = new ConcurrentHashMap<>();
                CLASSPATH.put(loader, perLoader);
            }
        }
        Map<String, String> cached = perLoader.get(location);
        if (cached != null) {
            return cached;
        }
        Map<String, String> checksums;
        try {
            checksums = read(MigrationSources.onClasspath(loader, location, true));
        } catch (RuntimeException e) {
            return UNKNOWN;
        }
        if (checksums != UNKNOWN) {
            perLoader.put(location, checksums);
        }
        return checksums;
    }

    private static Map<String, String> read(List<MigrationSources.Found> files) {
        Map<String, String> out = new HashMap<>(files.size() * 2);
        java.util.Set<String> replaced = new java.util.HashSet<>();
        for (MigrationSources.Found f : files) {
            String name = f.fileName().substring(0, f.fileName().length() - ".json".length());
            // An indexed name was checked when the index was written; and a name that is no migration's could only
            // make the digest differ from the head's, which the full path then reports.
            if (f.indexed() == null && !MigrationKey.isName(name)) {
                return UNKNOWN;
            }
            String checksum;
            if (f.indexed() != null) {
                checksum = f.indexed().checksum();
                String names = f.indexed().replaces();
                for (int at = 0; at < names.length(); ) {
                    int end = names.indexOf(',', at);
                    end = end < 0 ? names.length() : end;
                    replaced.add(f.app() + "." + names.substring(at, end));
                    at = end + 1;
                }
            } else {
                try (InputStream in = f.source().open()) {
                    MigrationHead head = MigrationHead.read(in);
                    checksum = head.checksum();
                    for (String r : replaces(head)) {
                        replaced.add(f.app() + "." + r);
                    }
                } catch (IOException e) {
                    return UNKNOWN;
                }
            }
            String key = f.app() + "." + name;
            if (checksum == null || out.put(key, checksum) != null) {
                return UNKNOWN;
            }
        }
        replaced.forEach(r -> out.putIfAbsent(r, REPLACED));
        return Collections.unmodifiableMap(out);
    }

    /**
     * The names a squash's {@code "replaces"} lists (it precedes the snapshot, so it is in the head); empty for
     * other migrations. A plain scan: the names are strings without escapes; the key inside a string would be
     * escaped.
     */
    static List<String> replaces(MigrationHead head) {
        List<String> out = new ArrayList<>();
        byte[] b = head.bytes();
        byte[] key = "\"replaces\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int at = -1;
        for (int i = 1; i + key.length <= head.length() && at < 0; i++) {
            if (b[i] == '"' && b[i - 1] != '\\' && java.util.Arrays.equals(b, i, i + key.length, key, 0, key.length)) {
                at = i + key.length;
            }
        }
        if (at < 0) {
            return out;
        }
        int i = at;
        while (i < head.length() && b[i] != '[') {
            if (b[i] != ':' && b[i] != ' ' && b[i] != '\n' && b[i] != '\r' && b[i] != '\t') {
                return out;
            }
            i++;
        }
        while (i < head.length() && b[i] != ']') {
            if (b[i] == '"') {
                int end = i + 1;
                while (end < head.length() && b[end] != '"') {
                    end++;
                }
                out.add(new String(b, i + 1, end - i - 1, java.nio.charset.StandardCharsets.UTF_8));
                i = end;
            }
            i++;
        }
        return out;
    }
}
