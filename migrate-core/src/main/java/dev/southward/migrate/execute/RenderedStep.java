package dev.southward.migrate.execute;

import dev.southward.migrate.operation.Step;
import dev.southward.migrate.state.ProjectState;

/**
 * A step with the operation it came from and the frozen state at that point (given to data migrations). A statement
 * merged from several operations' statements (MySQL) counts for the last of them, {@code operation}, and starts
 * with the first, {@code first}: {@code state} is the state before that one.
 *
 * @param operation index of the operation in its migration (the last one a merged statement covers)
 * @param step      the SQL statement or Java call
 * @param state     the project state before operation {@code first}
 * @param first     index of the first operation the statement covers ({@code operation} unless merged)
 */
public record RenderedStep(int operation, Step step, ProjectState state, int first) {
    /**
     * A step of one operation.
     *
     * @param operation index of the operation in its migration
     * @param step      the SQL statement or Java call
     * @param state     the project state before the operation
     */
    public RenderedStep(int operation, Step step, ProjectState state) {
        this(operation, step, state, operation);
    }
}
