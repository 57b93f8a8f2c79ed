package dev.southward.boot;

import dev.southward.migrate.BetweenMigrationsException;
import dev.southward.migrate.DryRunResult;
import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.execute.RenderedMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default start-up call: {@code migrate()} (one query when nothing is pending), or in dry-run mode a dry run
 * that refuses to start when anything is pending; when the database is between migrations, what
 * {@code southward.between-migrations} says. A {@link SouthwardMigrationStrategy} may call it to wrap it.
 */
public final class SouthwardStartup {
    private static final Logger LOG = LoggerFactory.getLogger(SouthwardStartup.class);

    private final Southward southward;
    private final SouthwardProperties properties;

    /**
     * @param southward  the configured Southward
     * @param properties the {@code southward.*} properties
     */
    public SouthwardStartup(Southward southward, SouthwardProperties properties) {
        this.southward = southward;
        this.properties = properties;
    }

    /** Migrates, or dry-runs, as configured; throws {@link SouthwardStartupException} to refuse the start-up. */
    public void run() {
        MigrateRequest request = properties.isIgnoreGhosts() ? MigrateRequest.all().ignoreGhosts() : MigrateRequest.all();
        if (properties.isDryRun()) {
            dryRun(request);
            return;
        }
        try {
            southward.migrate(request);
        } catch (BetweenMigrationsException e) {
            recover(e, request);
        }
    }

    /** Fails with the plan (and any failed precondition) when anything is pending; writes nothing. */
    private void dryRun(MigrateRequest request) {
        DryRunResult result;
        try {
            result = southward.dryRun(request);
        } catch (BetweenMigrationsException e) {
            throw betweenMigrations(e);
        }
        if (result.migrations().isEmpty() && result.ok()) {
            LOG.info("Southward dry run: database is up to date, nothing pending.");
            return;
        }
        StringBuilder s = new StringBuilder("Southward dry run (southward.dry-run=true): ")
                .append(result.migrations().size()).append(" migration(s) pending, so start-up is refused. Plan:\n");
        for (RenderedMigration m : result.migrations()) {
            s.append("  ").append(m.backwards() ? "unapply " : "apply ").append(m.migration().key()).append('\n');
        }
        s.append(result.sql());
        if (!result.ok()) {
            s.append("Problems the migration would hit:\n");
            result.problems().forEach(p -> s.append("  - ").append(p).append('\n'));
        }
        s.append("Apply them (mvn migrate:migrate, or start without southward.dry-run), then start again.");
        throw new SouthwardStartupException(s.toString(), null);
    }

    private void recover(BetweenMigrationsException e, MigrateRequest request) {
        switch (properties.getBetweenMigrations()) {
            case RESUME -> {
                LOG.warn("Southward: database between migrations; resuming (southward.between-migrations=resume).\n{}",
                        e.getMessage());
                southward.resume();
                southward.migrate(request);
            }
            case REVERT -> {
                LOG.warn("Southward: database between migrations; reverting (southward.between-migrations=revert).\n{}",
                        e.getMessage());
                southward.revert();
                southward.migrate(request);
            }
            case IGNORE -> LOG.error("Southward: database between migrations; starting without migrating "
                    + "(southward.between-migrations=ignore).\n{}", e.getMessage());
            default -> throw betweenMigrations(e);
        }
    }

    private static SouthwardStartupException betweenMigrations(BetweenMigrationsException e) {
        return new SouthwardStartupException("The database is between migrations, so start-up is refused "
                + "(southward.between-migrations=fail).\n" + e.getMessage() + "\nRecover with mvn migrate:migrate "
                + "-Dresume or -Drevert, or set southward.between-migrations=resume or revert.", e);
    }
}
