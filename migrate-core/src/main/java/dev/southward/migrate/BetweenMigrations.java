package dev.southward.migrate;

import dev.southward.migrate.execute.PlanRenderer;
import dev.southward.migrate.execute.RenderedMigration;
import dev.southward.migrate.execute.StateReplayer;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/** Explains a migration left between migrations: what ran, what failed, what did not run, and what to do. */
final class BetweenMigrations {
    private BetweenMigrations() {
    }

    static String explain(List<HistoryRow> unfinished, MigrationGraph graph, PlanRenderer renderer,
            java.util.function.Function<HistoryRow, List<String>> verification) {
        StringBuilder s = new StringBuilder("The database is between migrations; nothing else runs until this is "
                + "resolved.");
        for (HistoryRow row : unfinished) {
            s.append("\n").append(explain(row, graph, renderer));
            verification.apply(row).forEach(n -> s.append("\n  ").append(n));
        }
        s.append("\nWhat to do: inspect the tables named above; then resume (run the remaining statements once the "
                + "cause is fixed), revert (undo the statements that ran) or mark applied (after fixing it by "
                + "hand). See docs/recovery.md.");
        return s.toString();
    }

    private static String explain(HistoryRow row, MigrationGraph graph, PlanRenderer renderer) {
        boolean backwards = HistoryRow.REVERTING.equals(row.status());
        StringBuilder s = new StringBuilder("Migration ").append(row.key()).append(" stopped while ")
                .append(backwards ? "unapplying" : "applying").append(": ").append(row.stepsDone()).append(" of ")
                .append(row.stepsTotal()).append(" statements are recorded as done (read from the journal).");
        if (!graph.contains(row.key())) {
            return s.append(" Its file is not on the classpath.").toString();
        }
        Migration m = graph.get(row.key());
        ProjectState before = StateReplayer.statesBefore(graph, graph.ancestors(row.key())).get(row.key());
        RenderedMigration rm = renderer.render(m, backwards, before);
        List<String> sql = rm.sql();
        for (int i = 0; i < sql.size(); i++) {
            String mark = i < row.stepsDone() ? "done   " : i == row.stepsDone() ? "FAILED " : "pending";
            if (i == row.stepsDone() && row.error() == null) {
                mark = "unknown";
            }
            s.append("\n    ").append(i + 1).append(". [").append(mark).append("] ").append(sql.get(i).replace("\n", " "));
        }
        if (row.error() != null) {
            s.append("\n  Error of statement ").append(row.stepsDone() + 1).append(": ").append(row.error());
        } else {
            s.append("\n  No error was recorded: the process stopped (or was killed) during or right after "
                    + "statement ").append(row.stepsDone() + 1).append("; check whether its effect is present.");
        }
        return s.toString();
    }
}
