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
    /**
     * Copies the notes.
     *
     * @param row       its history row
     * @param rendered  the run the row journals (the whole migration, or the part a revert undoes)
     * @param states    the model state before each operation of the migration, and after the last
     * @param done      statements of {@code rendered} done
     * @param certainty how that count is known
     * @param notes     what the schema showed, for the report
     */
    public Diagnosis {
        notes = List.copyOf(notes);
    }

    /**
     * Whether the count of statements done is known (verified by the schema or exact in the journal).
     *
     * @return true when resume and revert can start from {@link #done()}
     */
    public boolean known() {
        return certainty == Certainty.VERIFIED || certainty == Certainty.JOURNAL;
    }

    /**
     * Whether the live schema proves the count of statements done.
     *
     * @return true when the schema matched the state after {@link #done()} statements
     */
    public boolean verified() {
        return certainty == Certainty.VERIFIED;
    }

    /**
     * Whether the statement running at the stop may or may not have taken effect, and the schema cannot tell.
     *
     * @return true when resume and revert need the user's answer ({@code StatementOutcome})
     */
    public boolean unknownOutcome() {
        return certainty == Certainty.UNKNOWN_OUTCOME;
    }

    /**
     * Whether the run the row journals heads forwards, towards the migration applied.
     *
     * @return true when the run applies the migration (or re-applies what a backwards run undid)
     */
    public boolean towardsApplied() {
        return !rendered.backwards();
    }

    /**
     * Whether the command that first ran the migration applied it: a plain run in its direction, or the revert
     * of a run in the other direction.
     *
     * @return true when the migration's own command was applying it
     */
    public boolean originallyForwards() {
        return rendered.backwards() == rendered.undo();
    }
}
