package dev.southward.migrate.history;

import dev.southward.migrate.migration.MigrationKey;
import java.time.Instant;

/**
 * The head row of the history table: a cache of "every migration file is applied unchanged and nothing else is
 * recorded", so that a no-op start-up reads one row instead of one per migration. Never the truth:
 * <ul>
 *   <li>its key, {@code ~southward.~head}, is no migration's (names are {@code NNNN_name}); {@link HistoryTable#read}
 *       leaves it out, so it is never listed, applied or a ghost;</li>
 *   <li>every {@link HistoryTable} marks it stale before its first change to the history, in the same statement as
 *       that change when it is a write, so a run that stopped half-way never leaves a valid head;</li>
 *   <li>it is written only after a full read under the migration lock found every migration applied with its
 *       file's checksum and nothing else recorded; it holds {@link HistoryDigest} of those rows and their count;</li>
 *   <li>start-up trusts it only when its digest equals the files' digest and the table holds exactly that many
 *       rows besides it, all applied (one aggregate query), so rows added, deleted or left unfinished by hand are
 *       still seen.</li>
 * </ul>
 */
public final class HistoryHead {
    /** The reserved key of the head row. */
    public static final MigrationKey KEY = new MigrationKey("~southward", "~head");
    /** The head row's status. */
    public static final String STATUS = "head";
    /** The digest of a stale head: equal to no digest. */
    static final String STALE = "stale";

    private HistoryHead() {
    }

    static HistoryRow of(String digest, int count) {
        return new HistoryRow(KEY, digest, STATUS, 0, count, null, null, Instant.now(), 0);
    }

    static HistoryRow stale() {
        return of(STALE, 0);
    }
}
