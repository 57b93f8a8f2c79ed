package dev.southward.migrate.history;

import dev.southward.migrate.migration.MigrationKey;
import java.time.Instant;

/**
 * One row of the history table.
 *
 * @param key        the migration
 * @param checksum   checksum of its operations when applied
 * @param status     {@code applied}, or {@code applying}/{@code reverting} while (or if it stopped while) running
 * @param stepsDone  statements completed in the current direction
 * @param stepsTotal statements of the current direction
 * @param error      the error of the failed statement, or null
 * @param appliedAt  when it was applied
 * @param durationMs how long applying took
 */
public record HistoryRow(MigrationKey key, String checksum, String status, int stepsDone, int stepsTotal,
        String error, Instant appliedAt, long durationMs) {
    public static final String APPLIED = "applied";
    public static final String APPLYING = "applying";
    public static final String REVERTING = "reverting";

    /** Whether the migration is fully applied; anything else is a migration left between migrations. */
    public boolean applied() {
        return APPLIED.equals(status);
    }
}
