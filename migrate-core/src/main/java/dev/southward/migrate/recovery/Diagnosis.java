package dev.southward.migrate.recovery;

import dev.southward.migrate.execute.RenderedMigration;
import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/**
 * Where a migration left between migrations stopped, as far as journal and live schema tell.
 *
 * @param row       its history row
 * @param rendered  the run the row journals (the whole migration, or the part a revert undoes)
 * @param states    the model state before each operation of the migration, and after the last
 * @param done      statements of {@code rendered} done
 * @param certainty how that count is known
 * @param notes     what the schema showed, for the report
 */
public record Diagnosis(HistoryRow row, RenderedMigration rendered, List<ProjectState> states, int done,
        Certainty certainty, List<String> notes) {
    public Diagnosis {
        notes = List.copyOf(notes);
    }

    /** Whether the count of statements done is known (verified by the schema or exact in the journal). */
    public boolean known() {
        return certainty == Certainty.VERIFIED || certainty == Certainty.JOURNAL;
    }

    public boolean verified() {
        return certainty == Certainty.VERIFIED;
    }

    public boolean unknownOutcome() {
        return certainty == Certainty.UNKNOWN_OUTCOME;
    }

    /** Whether the run the row journals heads forwards, towards the migration applied. */
    public boolean towardsApplied() {
        return !rendered.backwards();
    }

    /**
     * Whether the command that first ran the migration applied it: a plain run in its direction, or the revert
     * of a run in the other direction.
     */
    public boolean originallyForwards() {
        return rendered.backwards() == rendered.undo();
    }
}
