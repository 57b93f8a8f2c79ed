package dev.southward.migrate.plan;

import dev.southward.migrate.migration.Migration;

/**
 * One migration to apply or unapply.
 *
 * @param migration the migration
 * @param backwards true to unapply it
 */
public record PlanStep(Migration migration, boolean backwards) {
    @Override
    public String toString() {
        return (backwards ? "unapply " : "apply ") + migration.key();
    }
}
