package dev.southward.migrate.maven;

import dev.southward.migrate.MigrateResult;
import dev.southward.migrate.execute.MigrationListener;
import dev.southward.migrate.migration.MigrationKey;
import org.apache.maven.plugin.logging.Log;

/**
 * Progress of a migrate run, South style: a header per app, a line when a migration starts (so that a long
 * {@code ALTER} shows what runs) and one when it is applied ({@code >}) or unapplied ({@code <}) with its time,
 * each statement at debug level ({@code -X}), and a summary naming ghost migrations deleted or ignored.
 */
final class Progress implements MigrationListener {
    private final Log log;
    private String app;

    Progress(Log log) {
        this.log = log;
    }

    @Override
    public void started(MigrationKey key, boolean backwards, int statements) {
        if (!key.app().equals(app)) {
            app = key.app();
            log.info("Running migrations for " + app + ":");
        }
        if (statements > 0) {
            log.info("   " + (backwards ? "unapplying " : "applying ") + key + " (" + statements + " statement"
                    + (statements == 1 ? "" : "s") + ") ...");
        }
    }

    @Override
    public void statement(MigrationKey key, int index, String sql) {
        if (log.isDebugEnabled()) {
            log.debug("    " + sql);
        }
    }

    @Override
    public void finished(MigrationKey key, boolean backwards, long millis, boolean fake) {
        log.info(" " + (backwards ? "<" : ">") + " " + key + " (" + millis + " ms" + (fake ? ", faked" : "") + ")");
    }

    /** Logs what happened to ghost migrations, then the last line of a run. */
    void report(MigrateResult result) {
        if (!result.ignoredGhosts().isEmpty()) {
            log.info("Ignored the ghost migrations " + result.ignoredGhosts() + " (in the history table, no "
                    + "migration file); their history rows stay.");
        }
        if (!result.deletedGhosts().isEmpty()) {
            log.info("Deleted the history rows of the ghost migrations " + result.deletedGhosts() + ".");
        }
        log.info(summary(result));
    }

    /** The last line of a run. */
    static String summary(MigrateResult result) {
        if (result.nothingToDo()) {
            return "Nothing to migrate: the database is up to date.";
        }
        long forwards = result.steps().stream().filter(d -> !d.backwards()).count();
        long backwards = result.steps().size() - forwards;
        long millis = result.steps().stream().mapToLong(MigrateResult.Done::millis).sum();
        boolean fake = result.steps().stream().allMatch(MigrateResult.Done::fake);
        StringBuilder s = new StringBuilder(fake ? "Faked: " : "Done: ");
        if (forwards > 0) {
            s.append("applied ").append(count(forwards));
        }
        if (backwards > 0) {
            s.append(forwards > 0 ? ", " : "").append("unapplied ").append(count(backwards));
        }
        return s.append(" in ").append(millis).append(" ms.").toString();
    }

    private static String count(long n) {
        return n + " migration" + (n == 1 ? "" : "s");
    }
}
