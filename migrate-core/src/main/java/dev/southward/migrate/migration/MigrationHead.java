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
 */
public record MigrationHead(byte[] bytes, int length, String checksum) {
    private static final int CHUNK = 8192;

    /** Reads the head of a file; the caller closes the stream. */
    public static MigrationHead read(InputStream in) throws IOException {
        return new Lexer(in).run();
    }

    /** Lexes on demand: bytes are read from the stream only as far as the lexer gets. */
    private static final class Lexer {
        private final InputStream in;
        private byte[] buf = new byte[CHUNK];
        private int len;
        private int pos;
        private boolean eof;
        private final CRC32 crc = new CRC32();
        private final byte[] pending = new byte[CHUNK];
        private int pendingLength;

        Lexer(InputStream in) {
            this.in = in;
        }

        MigrationHead run() throws IOException {
            String checksum = lex();
            if (checksum == null) {
                // Not what the writer writes: hand the whole file to the JSON parser for a precise error.
                while (fill()) {
                    pos = len;
                }
            }
            return new MigrationHead(buf, checksum == null ? len : pos, checksum);
        }

        /** The checksum, or null when the file does not look like a migration's JSON object. */
        private String lex() throws IOException {
            if (peek() == 0xEF) {
                pos += 3; // UTF-8 byte order mark
            }
            if (next() != '{') {
                return null;
            }
            boolean format = false;
            boolean operations = false;
            if (peekToken() == '}') {
                return null;
            }
            while (true) {
                if (next() != '"') {
                    return null;
                }
                String key = key();
                if (key == null || next() != ':') {
                    return null;
                }
                int first = next();
                if (first < 0) {
                    return null;
                }
                pos--;
                if (key.equals("frozen") && format && operations) {
                    pos++; // through the snapshot's first byte, so the parser sees the value start
                    return hex();
                }
                boolean hash = key.equals("operations");
                if (!skipValue(hash)) {
                    return null;
                }
                format |= key.equals("southward");
                operations |= hash;
                int after = next();
                if (after == '}') {
                    return hex();
                }
                if (after != ',') {
                    return null;
                }
            }
        }

        private String hex() {
            flush();
            String h = Long.toHexString(crc.getValue());
            return "00000000".substring(h.length()) + h;
        }

        /** A key's characters (after its opening quote); null if it holds an escape. */
        private String key() throws IOException {
            int start = pos;
            while (true) {
                int c = read();
                if (c < 0 || c == '\\') {
                    return null;
                }
                if (c == '"') {
                    return new String(buf, start, pos - 1 - start, java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }

        /** Skips one value, feeding its bytes (without whitespace between tokens) to the checksum if asked. */
        private boolean skipValue(boolean hash) throws IOException {
            int depth = 0;
            do {
                int c = next();
                if (c < 0) {
                    return false;
                }
                if (hash) {
                    add(c);
                }
                if (c == '"') {
                    if (!skipString(hash)) {
                        return false;
                    }
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (--depth < 0) {
                        return false;
                    }
                } else if (depth == 0) {
                    // A scalar at the top of the value: up to the next separator.
                    while (true) {
                        int d = peek();
                        if (d < 0 || d == ',' || d == '}' || d == ']' || isSpace(d)) {
                            break;
                        }
                        pos++;
                        if (hash) {
                            add(d);
                        }
                    }
                }
            } while (depth > 0);
            return true;
        }

        private boolean skipString(boolean hash) throws IOException {
            while (true) {
                int c = read();
                if (c < 0) {
                    return false;
                }
                if (hash) {
                    add(c);
                }
                if (c == '\\') {
                    int escaped = read();
                    if (escaped < 0) {
                        return false;
                    }
                    if (hash) {
                        add(escaped);
                    }
                } else if (c == '"') {
                    return true;
                }
            }
        }

        private void add(int c) {
            if (pendingLength == pending.length) {
                flush();
            }
            pending[pendingLength++] = (byte) c;
        }

        private void flush() {
            crc.update(pending, 0, pendingLength);
            pendingLength = 0;
        }

        /** The next byte that is not whitespace, consumed; -1 at the end. */
        private int next() throws IOException {
            while (true) {
                int c = read();
                if (c < 0 || !isSpace(c)) {
                    return c;
                }
            }
        }

        /** The next byte that is not whitespace, not consumed. */
        private int peekToken() throws IOException {
            int c = next();
            if (c >= 0) {
                pos--;
            }
            return c;
        }

        private static boolean isSpace(int c) {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t';
        }

        private int read() throws IOException {
            int c = peek();
            if (c >= 0) {
                pos++;
            }
            return c;
        }

        private int peek() throws IOException {
            if (pos >= len && !fill()) {
                return -1;
            }
            return buf[pos] & 0xFF;
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
