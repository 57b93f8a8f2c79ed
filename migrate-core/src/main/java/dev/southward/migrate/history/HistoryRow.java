package dev.southward.migrate.history;

import dev.southward.migrate.migration.MigrationKey;
import java.time.Instant;

/**
 * One row of the history table.
 *
 * @param key        the migration
 * @param checksum   checksum of its operations
 * @param status     {@code applied}, or {@code applying}/{@code reverting} while (or if it stopped while) running
 * @param stepsDone  statements completed in the current direction
 * @param stepsTotal statements of the current direction
 * @param statements hashes of the statements of the current direction (see {@link HistoryTable#hashes})
 * @param error      the error of the failed statement, or null
 * @param appliedAt  when it was applied (or started)
 * @param durationMs how long applying took
 */
public record HistoryRow(MigrationKey key, String checksum, String status, int stepsDone, int stepsTotal,
        String statements, String error, Instant appliedAt, long durationMs) {
    public static final String APPLIED = "applied";
    public static final String APPLYING = "applying";
    public static final String REVERTING = "reverting";

    /** Whether the migration is fully applied; anything else is a migration left between migrations. */
    public boolean applied() {
        return APPLIED.equals(status);
    }

    public boolean reverting() {
        return REVERTING.equals(status);
    }

    /** The row of a migration about to run {@code total} statements. */
    public static HistoryRow intent(MigrationKey key, String checksum, boolean backwards, String hashes, int total) {
        return new HistoryRow(key, checksum, backwards ? REVERTING : APPLYING, 0, total, hashes, null, Instant.now(), 0);
    }

    /** This row marked applied after {@code millis}. */
    public HistoryRow done(long millis) {
        return new HistoryRow(key, checksum, APPLIED, stepsTotal, stepsTotal, statements, null, appliedAt, millis);
    }
}
