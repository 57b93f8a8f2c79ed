package dev.southward.migrate.plan;

import java.util.List;

/**
 * An ordered list of migrations to apply or unapply. Forwards plans are in dependency order; backwards plans
 * in reverse dependency order.
 *
 * @param steps the steps
 */
public record Plan(List<PlanStep> steps) {
    /**
     * Copies the steps.
     *
     * @param steps the steps
     */
    public Plan {
        steps = List.copyOf(steps);
    }

    /**
     * Whether the plan has nothing to run.
     *
     * @return true when there is no step
     */
    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
