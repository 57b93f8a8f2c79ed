package dev.southward.migrate.history;

import dev.southward.migrate.migration.MigrationKey;
import java.time.Instant;

/**
 * One row of the history table.
 *
 * @param key        the migration
 * @param checksum   checksum of its operations
 * @param status     {@code applied}; or {@code applying}/{@code reverting} while (or if it stopped while) running,
 *                   with the suffix {@code :running} while statement {@code stepsDone + 1} runs and nothing but
 *                   this mark can tell afterwards whether it took effect
 * @param stepsDone  statements completed in the current direction
 * @param stepsTotal statements of the current direction
 * @param statements hashes of the statements of the current direction (see {@link HistoryTable#hashes})
 * @param error      the error of the failed statement, or null
 * @param appliedAt  when it was applied (or started)
 * @param durationMs how long applying took
 */
public record HistoryRow(MigrationKey key, String checksum, String status, int stepsDone, int stepsTotal,
        String statements, String error, Instant appliedAt, long durationMs) {
    /** The status of a migration that is fully applied. */
    public static final String APPLIED = "applied";
    /** The status prefix of a run applying a migration (forwards) that has not finished. */
    public static final String APPLYING = "applying";
    /** The status prefix of a run unapplying a migration (backwards) that has not finished. */
    public static final String REVERTING = "reverting";
    /** Suffix of the status while a statement runs whose effect the live schema may not show. */
    public static final String RUNNING = ":running";
    /** Marks a run that undoes part of a run in the other direction (recovery's revert). */
    public static final String UNDO = "/undo";

    /**
     * Whether the migration is fully applied; anything else is a migration left between migrations.
     *
     * @return true when the status is {@link #APPLIED}
     */
    public boolean applied() {
        return APPLIED.equals(status);
    }

    /**
     * Whether the current direction is backwards (unapplying, or undoing a forwards run).
     *
     * @return true when the status starts with {@link #REVERTING}
     */
    public boolean reverting() {
        return status != null && status.startsWith(REVERTING);
    }

    /**
     * Whether statement {@code stepsDone + 1} had started when the row was last written: a process that stopped
     * then may or may not have completed it.
     *
     * @return true when the status carries the {@link #RUNNING} mark
     */
    public boolean running() {
        return status != null && status.endsWith(RUNNING);
    }

    /**
     * Whether this run undoes part of a run in the other direction (see {@link #UNDO}).
     *
     * @return true when the status carries the {@link #UNDO} mark
     */
    public boolean undo() {
        return status != null && status.contains(UNDO);
    }

    /**
     * The status of a run in the given direction, whether it is an undo, with or without the running mark.
     *
     * @param backwards true for a run unapplying the migration
     * @param undo      true for a run undoing part of a run in the other direction
     * @param running   true while a statement runs whose effect the live schema may not show
     * @return the status text as stored in the history table
     */
    public static String status(boolean backwards, boolean undo, boolean running) {
        return (backwards ? REVERTING : APPLYING) + (undo ? UNDO : "") + (running ? RUNNING : "");
    }

    /**
     * This row with another status.
     *
     * @param newStatus the status, e.g. from {@link #status(boolean, boolean, boolean)}
     * @return a copy of this row with that status
     */
    public HistoryRow withStatus(String newStatus) {
        return new HistoryRow(key, checksum, newStatus, stepsDone, stepsTotal, statements, error, appliedAt,
                durationMs);
    }

    /**
     * The row of a migration about to run {@code total} statements.
     *
     * @param key       the migration
     * @param checksum  the checksum of its file
     * @param backwards true when the run unapplies it
     * @param hashes    the hashes of the statements it will run (see {@link HistoryTable#hashes})
     * @param total     how many statements it will run
     * @return a row with no statement done yet, started now
     */
    public static HistoryRow intent(MigrationKey key, String checksum, boolean backwards, String hashes, int total) {
        return new HistoryRow(key, checksum, backwards ? REVERTING : APPLYING, 0, total, hashes, null, Instant.now(), 0);
    }

    /**
     * This row marked applied after {@code millis}.
     *
     * @param millis how long the run took
     * @return a copy of this row with every statement done and the status {@link #APPLIED}
     */
    public HistoryRow done(long millis) {
        return new HistoryRow(key, checksum, APPLIED, stepsTotal, stepsTotal, statements, null, appliedAt, millis);
    }
}
