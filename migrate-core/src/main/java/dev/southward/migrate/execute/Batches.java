package dev.southward.migrate.execute;

import java.util.List;

/**
 * Which migrations the executor runs as one batch: consecutive forwards migrations of one app, every statement of
 * which the live schema shows ({@link RenderedMigration#shownBySchema}), at most {@value #MAX}. One journal write
 * opens a whole batch and the next marks it applied, instead of one write per migration: on MySQL and MariaDB
 * each write is a commit, flushed to disk, which costs about as much as a quick {@code ALTER TABLE}. If the
 * process dies inside a batch, recovery finds in the live schema how far it got (the schema is compared with the
 * state after each statement of the batch), so nothing is lost by not journaling each migration.
 */
public final class Batches {
    /** Bounds the statements recovery compares with the schema after a stop inside a batch. */
    public static final int MAX = 50;

    private Batches() {
    }

    /**
     * The end (exclusive) of the batch that starts at {@code start}; {@code start + 1} for a migration alone.
     *
     * @param migrations the rendered migrations of a run, in order
     * @param start      the index of the batch's first migration
     * @return the index after the batch's last migration
     */
    public static int end(List<RenderedMigration> migrations, int start) {
        RenderedMigration first = migrations.get(start);
        if (!batchable(first)) {
            return start + 1;
        }
        int end = start + 1;
        while (end < migrations.size() && end - start < MAX && batchable(migrations.get(end))
                && migrations.get(end).migration().app().equals(first.migration().app())) {
            end++;
        }
        return end;
    }

    /**
     * Forwards, with statements, each of which the schema shows.
     *
     * @param rm a rendered migration
     * @return true when it may share its journal writes with its neighbours
     */
    public static boolean batchable(RenderedMigration rm) {
        if (rm.backwards() || rm.steps().isEmpty()) {
            return false;
        }
        for (int i = 0; i < rm.steps().size(); i++) {
            if (!rm.shownBySchema(i)) {
                return false;
            }
        }
        return true;
    }
}
