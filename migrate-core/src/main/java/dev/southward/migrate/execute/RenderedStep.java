package dev.southward.migrate.execute;

import dev.southward.migrate.operation.Step;
import dev.southward.migrate.state.ProjectState;

/**
 * A step with the operation it came from and the frozen state at that point (given to data migrations).
 *
 * @param operation index of the operation in its migration
 * @param step      the SQL statement or Java call
 * @param state     the project state before the operation
 */
public record RenderedStep(int operation, Step step, ProjectState state) {
}
