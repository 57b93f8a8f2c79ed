package dev.southward.migrate;

import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.history.HistoryRow;
import java.util.List;

/** Explains a migration left between migrations: what ran, what failed, what did not run, and what to do. */
final class BetweenMigrations {
    private BetweenMigrations() {
    }

    static String explain(List<HistoryRow> unfinished, MigrationGraph graph,
            java.util.function.Function<HistoryRow, Recovery.Diagnosis> diagnosis) {
        StringBuilder s = new StringBuilder("The database is between migrations; nothing else runs until this is "
                + "resolved.");
        for (HistoryRow row : unfinished) {
            Recovery.Diagnosis d = graph.contains(row.key()) ? diagnosis.apply(row) : null;
            s.append("\n").append(explain(row, d));
            if (d != null) {
                d.notes().forEach(n -> s.append("\n  ").append(n));
            }
        }
        s.append("\nWhat to do: inspect the tables named above; then resume (run the remaining statements once the "
                + "cause is fixed), revert (undo the statements that ran) or mark applied (after fixing it by "
                + "hand). See docs/recovery.md.");
        return s.toString();
    }

    /** How many statements of an unfinished migration are done: proven by the schema, else as journaled. */
    static int done(HistoryRow row, Recovery.Diagnosis d) {
        return d != null && d.verified() ? d.done() : row.stepsDone();
    }

    private static String explain(HistoryRow row, Recovery.Diagnosis d) {
        boolean backwards = HistoryRow.REVERTING.equals(row.status());
        boolean verified = d != null && d.verified();
        int done = done(row, d);
        StringBuilder s = new StringBuilder("Migration ").append(row.key()).append(" stopped while ")
                .append(backwards ? "unapplying" : "applying").append(": ").append(done).append(" of ")
                .append(row.stepsTotal()).append(verified ? " statements are done (verified against the live schema)."
                        : " statements are recorded as done (read from the journal).");
        if (d == null) {
            return s.append(" Its file is not on the classpath.").toString();
        }
        List<String> sql = d.rendered().sql();
        for (int i = 0; i < sql.size(); i++) {
            String mark = i < done ? "done   " : i > done ? "pending" : row.error() != null ? "FAILED "
                    : verified ? "pending" : "unknown";
            s.append("\n    ").append(i + 1).append(". [").append(mark).append("] ").append(sql.get(i).replace("\n", " "));
        }
        if (row.error() != null) {
            s.append("\n  Error of statement ").append(row.stepsDone() + 1).append(": ").append(row.error());
        } else if (verified) {
            s.append("\n  No error was recorded: the process stopped (or was killed) after statement ").append(done)
                    .append(done == 0 ? " (before the first)" : "").append(".");
        } else {
            s.append("\n  No error was recorded: the process stopped (or was killed) during or right after "
                    + "statement ").append(row.stepsDone() + 1).append("; check whether its effect is present.");
        }
        return s.toString();
    }
}
