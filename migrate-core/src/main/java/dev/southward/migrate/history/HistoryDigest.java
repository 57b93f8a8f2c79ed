package dev.southward.migrate.history;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A digest of a set of migrations with their checksums: the count and two independent CRCs (64 bits) over the
 * sorted {@code app.name:checksum} lines. The head row of the history table holds the digest of the applied
 * migrations; start-up compares it with the same digest of the migration files. No {@code MessageDigest}: a fresh
 * JVM would pay for loading the security providers.
 */
public final class HistoryDigest {
    private HistoryDigest() {
    }

    /**
     * The digest of {@code checksums} ({@code app.name} to checksum), e.g. {@code 1000:1a2b3c4d:5e6f7a8b}.
     *
     * @param checksums the migrations and their checksums
     * @return the digest, independent of the map's order
     */
    public static String of(Map<String, String> checksums) {
        String[] lines = new String[checksums.size()];
        int i = 0;
        for (Map.Entry<String, String> e : checksums.entrySet()) {
            lines[i++] = e.getKey() + ':' + e.getValue() + '\n';
        }
        Arrays.sort(lines);
        CRC32 crc = new CRC32();
        CRC32C crcC = new CRC32C();
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            crc.update(bytes);
            crcC.update(bytes);
        }
        return lines.length + ":" + hex(crc.getValue()) + ":" + hex(crcC.getValue());
    }

    private static String hex(long value) {
        String hex = Long.toHexString(value);
        return "00000000".substring(hex.length()) + hex;
    }
}
