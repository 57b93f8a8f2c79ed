package dev.southward.migrate;

import dev.southward.migrate.execute.MigrationListener;
import dev.southward.migrate.migration.MigrationKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default listener: logs each migration through SLF4J at INFO when it starts and when it ends (with its time),
 * like Flyway and Liquibase, and one line per run, also when nothing is pending. Statements go to DEBUG.
 */
public final class LoggingListener implements MigrationListener {
    private static final Logger LOG = LoggerFactory.getLogger(Southward.class);

    @Override
    public void started(MigrationKey key, boolean backwards, int statements) {
        if (statements > 0) {
            LOG.info("{} {} ({} statement{})", backwards ? "Unapplying" : "Applying", key, statements,
                    statements == 1 ? "" : "s");
        }
    }

    @Override
    public void statement(MigrationKey key, int index, String sql) {
        LOG.debug("{} [{}] {}", key, index + 1, sql);
    }

    @Override
    public void finished(MigrationKey key, boolean backwards, long millis, boolean fake) {
        LOG.info("{} {} in {} ms", fake ? (backwards ? "Fake-unapplied" : "Fake-applied")
                : backwards ? "Unapplied" : "Applied", key, millis);
    }

    @Override
    public void completed(MigrateResult result) {
        if (!result.ignoredGhosts().isEmpty()) {
            LOG.info("Ignored the ghost migrations {} (recorded in the history table, no migration file)",
                    result.ignoredGhosts());
        }
        if (!result.deletedGhosts().isEmpty()) {
            LOG.info("Deleted the history rows of ghost migrations {}", result.deletedGhosts());
        }
        LOG.info(summary(result));
    }

    /**
     * The last line of a run.
     *
     * @param result what the run did
     * @return e.g. {@code Applied 2 migrations in 40 ms.} or {@code Database is up to date: no migration pending.}
     */
    public static String summary(MigrateResult result) {
        if (result.nothingToDo()) {
            return "Database is up to date: no migration pending.";
        }
        long forwards = result.steps().stream().filter(d -> !d.backwards()).count();
        long backwards = result.steps().size() - forwards;
        long millis = result.steps().stream().mapToLong(MigrateResult.Done::millis).sum();
        StringBuilder s = new StringBuilder();
        if (forwards > 0) {
            s.append("Applied ").append(count(forwards));
        }
        if (backwards > 0) {
            s.append(forwards > 0 ? ", unapplied " : "Unapplied ").append(count(backwards));
        }
        boolean fake = result.steps().stream().allMatch(MigrateResult.Done::fake);
        return s.append(fake ? " (faked)" : "").append(" in ").append(millis).append(" ms.").toString();
    }

    private static String count(long n) {
        return n + " migration" + (n == 1 ? "" : "s");
    }
}
