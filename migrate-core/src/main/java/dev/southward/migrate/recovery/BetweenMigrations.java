package dev.southward.migrate.recovery;

import dev.southward.migrate.BetweenMigrationsException;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.history.HistoryRow;
import java.util.List;
import java.util.function.Function;

/**
 * Explains a migration left between migrations: what ran, what failed, what is unknown, and the exact commands
 * that get out of it, each with what it does.
 */
public final class BetweenMigrations {
    private static final String MIGRATE = "mvn migrate:migrate ";

    private BetweenMigrations() {
    }

    /**
     * The report of every unfinished row.
     *
     * @param unfinished the history rows left between migrations
     * @param graph      the migrations
     * @param diagnosis  diagnoses one row (where it stopped, how certain that is)
     * @return the text: per migration what ran and failed, and the commands that resume, revert or mark it applied
     */
    public static String explain(List<HistoryRow> unfinished, MigrationGraph graph,
            Function<HistoryRow, Diagnosis> diagnosis) {
        StringBuilder s = new StringBuilder("The database is between migrations; nothing else runs until this is "
                + "resolved.");
        for (HistoryRow row : unfinished) {
            Diagnosis d = null;
            String problem = null;
            if (graph.contains(row.key())) {
                try {
                    d = diagnosis.apply(row);
                } catch (BetweenMigrationsException e) {
                    problem = e.getMessage();
                }
            }
            s.append("\n").append(explain(row, d, problem == null));
            if (problem != null) {
                s.append("\n  ").append(problem);
            }
            if (d != null) {
                d.notes().forEach(n -> s.append("\n  ").append(n));
                s.append("\n").append(d.unknownOutcome() ? choices(d) : d.known() ? ways(d) : byHand(d));
            }
        }
        return s.toString();
    }

    /**
     * How many statements of an unfinished migration are done: proven by the schema, else as journaled.
     *
     * @param row the unfinished history row
     * @param d   its diagnosis, or null when there is none
     * @return the number of statements done
     */
    public static int done(HistoryRow row, Diagnosis d) {
        return d != null && d.known() ? d.done() : row.stepsDone();
    }

    private static String explain(HistoryRow row, Diagnosis d, boolean fileMissing) {
        boolean verified = d != null && d.verified();
        int done = done(row, d);
        StringBuilder s = new StringBuilder("Migration ").append(row.key()).append(" stopped while ")
                .append(d == null ? row.reverting() ? "unapplying" : "applying" : doing(d)).append(": ")
                .append(done).append(" of ").append(row.stepsTotal()).append(verified
                        ? " statements are done (verified against the live schema)."
                        : " statements are recorded as done (read from the journal).");
        if (d == null) {
            return fileMissing ? s.append(" Its file is not among the migrations.").toString() : s.toString();
        }
        List<String> sql = d.rendered().sql();
        for (int i = 0; i < sql.size(); i++) {
            String mark = i < done ? "done   " : i > done ? "pending" : d.unknownOutcome() ? "UNKNOWN"
                    : row.error() != null ? "FAILED " : d.known() ? "pending" : "unknown";
            s.append("\n    ").append(i + 1).append(". [").append(mark).append("] ")
                    .append(sql.get(i).replace("\n", " "));
        }
        if (row.error() != null) {
            s.append("\n  Error of statement ").append(row.stepsDone() + 1).append(": ").append(row.error());
        } else if (!d.unknownOutcome()) {
            s.append("\n  No error was recorded: the process stopped (or was killed) after statement ").append(done)
                    .append(done == 0 ? " (before the first)" : "").append(".");
        }
        return s.toString();
    }

    /** "applying", "unapplying", "reverting a partial apply" or "reverting a partial unapply". */
    private static String doing(Diagnosis d) {
        if (d.rendered().undo()) {
            return d.rendered().backwards() ? "reverting a partial apply" : "reverting a partial unapply";
        }
        return d.rendered().backwards() ? "unapplying" : "applying";
    }

    /** The three ways out when it is known what ran. */
    static String ways(Diagnosis d) {
        boolean forwards = d.originallyForwards();
        return "What to do (inspect the tables named above first):\n"
                + "  " + MIGRATE + "-Dresume        " + (forwards ? "applies" : "unapplies") + " the rest of "
                + d.row().key() + " (fix the cause of a failure first)\n"
                + "  " + MIGRATE + "-Drevert        undoes what ran, back to the migration "
                + (forwards ? "not applied" : "applied") + "\n"
                + "  " + MIGRATE + "-Dmark-applied  records it " + (d.rendered().backwards() ? "unapplied"
                : "applied") + " once you have brought the tables to that state by hand (refused if they differ)";
    }

    /** The choices when the statement running at the stop may or may not have taken effect. */
    static String choices(Diagnosis d) {
        int n = d.done() + 1;
        boolean forwards = d.originallyForwards();
        return "Statement " + n + " may or may not have taken effect, and Southward will not guess. Look at the "
                + "data, then run one of:\n"
                + "  " + MIGRATE + "-Dresume -Dassume-done     statement " + n + " took effect: go on from statement "
                + (n + 1) + " and " + (forwards ? "apply" : "unapply") + " the rest\n"
                + "  " + MIGRATE + "-Dresume -Dassume-not-done statement " + n + " had no effect: run it again, then "
                + "the rest\n"
                + "  " + MIGRATE + "-Drevert -Dassume-done     statement " + n + " took effect: undo it and what ran "
                + "before it\n"
                + "  " + MIGRATE + "-Drevert -Dassume-not-done statement " + n + " had no effect: undo only what ran "
                + "before it\n"
                + "  (Java API: Southward.resume(StatementOutcome.TOOK_EFFECT or NO_EFFECT), revert(…) likewise.)";
    }

    /** When the schema matches no point the journal allows. */
    static String byHand(Diagnosis d) {
        boolean backwards = d.rendered().backwards();
        return "Something other than this migration changed these tables. Bring them by hand to the state "
                + (backwards ? "before " : "after ") + d.row().key() + " and record that with " + MIGRATE
                + "-Dmark-applied (it compares the schema first; add -Dforce to record it regardless).";
    }
}
