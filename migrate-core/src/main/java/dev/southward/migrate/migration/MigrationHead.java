package dev.southward.migrate.migration;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * The head of a migration file, everything before its frozen snapshot, and the file's checksum, found by a small
 * JSON lexer that needs no JSON library: start-up (see {@code loader.MigrationCatalog}) checks that nothing is
 * pending and nothing applied was edited with this alone, without loading Jackson or the operation classes.
 *
 * <p>The checksum is a CRC32 of the {@code operations} value without the whitespace between tokens (whitespace
 * inside strings counts): re-indenting a file or changing its line endings does not change it, editing an
 * operation does. {@code dependencies} and {@code frozen} are not part of it. Reading stops at {@code "frozen"}
 * once {@code southward} and {@code operations} were seen, as {@link MigrationReader} does, so the snapshot (the
 * bulk of a file) is not even read from disk.
 *
 * @param bytes    the bytes read, from the start of the file; only the first {@code length} count
 * @param length   how many bytes were read: through the first byte of the snapshot, or the whole file
 * @param checksum 8 hex digits, or null when the file is not a JSON object this lexer could follow (the JSON
 *                 parser then reports where it is broken)
 * @param problem  why there is no checksum when the lexer can tell ({@code line 7: duplicate key "operations"}),
 *                 else null
 */
public record MigrationHead(byte[] bytes, int length, String checksum, String problem) {
    private static final int CHUNK = 2048;

    /**
     * Reads the head of a file; the caller closes the stream.
     *
     * @param in the file's content
     * @return the head, with the checksum or why there is none
     * @throws IOException when the stream cannot be read
     */
    public static MigrationHead read(InputStream in) throws IOException {
        return new Lexer(in).run();
    }

    /**
     * Lexes on demand: bytes are read from the stream only as far as the lexer gets, and stay in one buffer, so
     * positions never move. Written as a few flat loops over the buffer: start-up runs it over a thousand files in
     * a fresh JVM, mostly before the JIT compiler has got to it.
     */
    private static final class Lexer {
        private static final byte[] OPERATIONS = "operations".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private static final byte[] FROZEN = "frozen".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private static final byte[] SOUTHWARD = "southward".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private final InputStream in;
        private byte[] buf = new byte[CHUNK];
        private int len;
        private boolean eof;
        private final CRC32 crc = new CRC32();
        /** Start and end of each top-level key seen, to refuse a key given twice (the last would win). */
        private int[] keys = new int[16];
        private int keyCount;
        private String problem;

        Lexer(InputStream in) {
            this.in = in;
        }

        MigrationHead run() throws IOException {
            int end = lex();
            if (end < 0) {
                // Not what the writer writes: hand the whole file to the JSON parser for a precise error.
                while (fill()) {
                    // read to the end
                }
                return new MigrationHead(buf, len, null, problem);
            }
            String h = Long.toHexString(crc.getValue());
            return new MigrationHead(buf, end, "00000000".substring(h.length()) + h, null);
        }

        /** Where the head ends, or -1 when the file does not look like a migration's JSON object. */
        private int lex() throws IOException {
            int i = 0;
            if (available(i, 3) && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
                i = 3; // UTF-8 byte order mark
            }
            i = token(i);
            if (i < 0 || buf[i] != '{') {
                return -1;
            }
            boolean format = false;
            boolean operations = false;
            while (true) {
                i = token(i + 1);
                if (i < 0 || buf[i] != '"') {
                    return -1;
                }
                int keyStart = i + 1;
                int keyEnd = keyStart;
                while (true) {
                    if (!available(keyEnd, 1) || buf[keyEnd] == '\\') {
                        return -1;
                    }
                    if (buf[keyEnd] == '"') {
                        break;
                    }
                    keyEnd++;
                }
                i = token(keyEnd + 1);
                if (i < 0 || buf[i] != ':') {
                    return -1;
                }
                i = token(i + 1);
                if (i < 0) {
                    return -1;
                }
                if (duplicate(keyStart, keyEnd)) {
                    return -1;
                }
                if (format && operations && is(FROZEN, keyStart, keyEnd)) {
                    return i + 1; // through the snapshot's first byte, so the parser sees the value start
                }
                boolean hash = is(OPERATIONS, keyStart, keyEnd);
                i = skipValue(i, hash);
                if (i < 0) {
                    return -1;
                }
                format |= is(SOUTHWARD, keyStart, keyEnd);
                operations |= hash;
                i = token(i);
                if (i < 0) {
                    return -1;
                }
                if (buf[i] == '}') {
                    return i + 1;
                }
                if (buf[i] != ',') {
                    return -1;
                }
            }
        }

        /** Whether this top-level key was seen before; records it, or the problem. */
        private boolean duplicate(int from, int to) {
            for (int k = 0; k < keyCount; k += 2) {
                if (Arrays.equals(buf, keys[k], keys[k + 1], buf, from, to)) {
                    int line = 1;
                    for (int i = 0; i < from; i++) {
                        line += buf[i] == '\n' ? 1 : 0;
                    }
                    problem = "line " + line + ": duplicate key \"" + new String(buf, from, to - from,
                            java.nio.charset.StandardCharsets.UTF_8) + "\" (a key may appear once; the JSON reader "
                            + "would keep only the last)";
                    return true;
                }
            }
            if (keyCount == keys.length) {
                keys = Arrays.copyOf(keys, keys.length * 2);
            }
            keys[keyCount++] = from;
            keys[keyCount++] = to;
            return false;
        }

        private boolean is(byte[] name, int from, int to) {
            return to - from == name.length && Arrays.equals(buf, from, to, name, 0, name.length);
        }

        /**
         * Skips the value starting at {@code i}, feeding it to the checksum without the whitespace between
         * tokens if asked; returns the position after it, or -1.
         */
        private int skipValue(int i, boolean hash) throws IOException {
            byte first = buf[i];
            if (first == '}' || first == ']' || first == ',') {
                return -1; // no value
            }
            int depth = 0;
            boolean string = false;
            int run = i; // start of the bytes not yet fed to the checksum
            while (true) {
                if (!available(i, 1)) {
                    return -1;
                }
                byte c = buf[i];
                if (string) {
                    if (c == '\\') {
                        i++; // the escaped byte, whatever it is
                    } else if (c == '"') {
                        string = false;
                        if (depth == 0) {
                            return feed(hash, run, i + 1);
                        }
                    }
                } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                    if (depth == 0) {
                        return feed(hash, run, i);
                    }
                    feed(hash, run, i);
                    run = i + 1;
                } else if (c == '"') {
                    string = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) {
                        return feed(hash, run, i); // the end of the enclosing object: a scalar ended here
                    }
                    if (--depth == 0) {
                        return feed(hash, run, i + 1);
                    }
                } else if (c == ',' && depth == 0) {
                    return feed(hash, run, i);
                }
                i++;
            }
        }

        private int feed(boolean hash, int from, int to) {
            if (hash && to > from) {
                crc.update(buf, from, to - from);
            }
            return to;
        }

        /** The position of the next byte at or after {@code i} that is not whitespace; -1 at the end. */
        private int token(int i) throws IOException {
            while (available(i, 1)) {
                byte c = buf[i];
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    return i;
                }
                i++;
            }
            return -1;
        }

        /** Whether bytes {@code i .. i + n - 1} are in the buffer, reading more as needed. */
        private boolean available(int i, int n) throws IOException {
            while (i + n > len) {
                if (!fill()) {
                    return false;
                }
            }
            return true;
        }

        /** Reads another chunk; false at the end of the stream. */
        private boolean fill() throws IOException {
            if (eof) {
                return false;
            }
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                eof = true;
                return false;
            }
            len += n;
            return true;
        }
    }
}
