package dev.southward.migrate.graph;

import dev.southward.migrate.migration.MigrationKey;
import java.util.List;

/**
 * A squash whose replaced migrations are partly applied.
 *
 * @param squash    the squash
 * @param applied   the replaced migrations applied
 * @param pending   the replaced migrations not applied
 * @param filesHere whether every replaced file is here, so the range can be finished (or undone) with them
 */
public record PartialRange(MigrationKey squash, List<MigrationKey> applied, List<MigrationKey> pending,
        boolean filesHere) {
    /**
     * Why nothing runs, and what to do.
     *
     * @return the message
     */
    public String message() {
        String app = squash.app();
        String last = pending.get(pending.size() - 1).name();
        String names = "Squash " + squash + " replaces migrations of which some are applied (" + names(applied)
                + ") and some are not (" + names(pending) + "). A squash is used only where all or none of the "
                + "migrations it replaces are applied, so nothing was run. ";
        String finish = "mvn migrate:migrate -Dapp=" + app + " -Dtarget=" + last + " (Java API: MigrateRequest.app(\""
                + app + "\").target(\"" + last + "\"))";
        if (filesHere) {
            return names + "Finish the range with the old files: " + finish + "; the squash then counts as "
                    + "applied. Or unapply the applied ones with a target before the range.";
        }
        return names + "The files of the replaced migrations were deleted, so the range cannot be finished here: "
                + "restore them from version control (or use a build from before they were deleted), run "
                + finish + ", then migrate with this build.";
    }

    private static String names(List<MigrationKey> keys) {
        List<String> n = keys.stream().map(MigrationKey::name).toList();
        return n.size() <= 6 ? String.join(", ", n)
                : String.join(", ", n.subList(0, 3)) + " … " + String.join(", ", n.subList(n.size() - 2, n.size()))
                        + ", " + n.size() + " in all";
    }
}
