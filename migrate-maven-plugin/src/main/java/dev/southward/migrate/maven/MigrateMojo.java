package dev.southward.migrate.maven;

import dev.southward.migrate.DryRunResult;
import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.MigrateResult;
import dev.southward.migrate.Southward;
import dev.southward.migrate.StatementOutcome;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * South's {@code migrate}: applies or unapplies migrations, all apps to their latest migration or one app to a
 * target; with {@code -Dlist} lists them, with {@code -Ddb-dry-run} prints the SQL and checks it against the
 * database without changing anything, and with {@code -Dresume}, {@code -Drevert} or {@code -Dmark-applied}
 * recovers a migration that stopped between migrations.
 */
@Mojo(name = "migrate", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class MigrateMojo extends AbstractSouthwardMojo {
    /** Only this app (and the migrations of other apps it depends on). Needed with {@code target}. */
    @Parameter(property = "app")
    private String app;

    /**
     * Migrate the app forwards or backwards to this migration: a number ({@code 0004}), a full name
     * ({@code 0004_auto__add_field_image_x}), or {@code zero} to unapply all of the app's migrations.
     */
    @Parameter(property = "target")
    private String target;

    /**
     * List each app's migrations, {@code (*)} applied, {@code ( )} not, {@code (!)} between migrations; migrate
     * nothing.
     */
    @Parameter(property = "list", defaultValue = "false")
    private boolean list;

    /**
     * South's {@code --db-dry-run}: print the SQL the migration would run and check its preconditions (e.g. a NOT
     * NULL column without default added to a table with rows) against the database. Changes nothing; fails the
     * build when a precondition fails.
     */
    @Parameter(property = "db-dry-run", defaultValue = "false")
    private boolean dbDryRun;

    /** With {@code db-dry-run}: also write the SQL to this file (a CI artifact). */
    @Parameter(property = "dry-run-output")
    private File dryRunOutput;

    /** Record the migrations as applied (or unapplied) without running their SQL. */
    @Parameter(property = "fake", defaultValue = "false")
    private boolean fake;

    /** Apply migrations that are pending although a later migration of their app is applied (after a merge). */
    @Parameter(property = "merge", defaultValue = "false")
    private boolean merge;

    /**
     * Go on although the history table records migrations whose files are missing (ghost migrations).
     *
     */
    @Parameter(property = "ignore-ghost-migrations", defaultValue = "false")
    private boolean ignoreGhostMigrations;

    /**
     * Delete the history rows of ghost migrations, then go on: {@code -Ddelete-ghost-migrations}. An app none of
     * whose recorded migrations is found (what a wrong migrations folder looks like) must be named:
     * {@code -Ddelete-ghost-migrations=images} (comma-separated apps or {@code app.migration} names).
     */
    @Parameter(property = "delete-ghost-migrations")
    private String deleteGhostMigrations;

    /** Recovery: finish the migration left between migrations, from the statement where it stopped. */
    @Parameter(property = "resume", defaultValue = "false")
    private boolean resume;

    /** Recovery: undo the statements of the migration left between migrations that did run. */
    @Parameter(property = "revert", defaultValue = "false")
    private boolean revert;

    /**
     * Recovery: record the migration left between migrations as applied, after finishing it by hand. Refused,
     * listing the differences, when the live schema does not match the migration's state, unless {@code force}.
     *
     */
    @Parameter(property = "mark-applied", defaultValue = "false")
    private boolean markApplied;

    /**
     * Record the current checksum of every applied migration whose file was edited afterwards, once the database
     * is known to match the edited files.
     */
    @Parameter(property = "repair", defaultValue = "false")
    private boolean repair;

    /**
     * With {@code resume} or {@code revert}, when the process stopped during a statement whose effect nothing can
     * show (a data change): it took effect, so resume goes on after it and revert undoes it too.
     */
    @Parameter(property = "assume-done", defaultValue = "false")
    private boolean assumeDone;

    /**
     * With {@code resume} or {@code revert}, when the process stopped during a statement whose effect nothing can
     * show: it had no effect, so resume runs it again and revert leaves it out.
     */
    @Parameter(property = "assume-not-done", defaultValue = "false")
    private boolean assumeNotDone;

    /** With {@code mark-applied}: record it as applied even though the live schema does not match its state. */
    @Parameter(property = "force", defaultValue = "false")
    private boolean force;

    @Override
    protected void run(Southward southward, ProjectClasses classes) throws MojoFailureException {
        if (list) {
            printList(southward, app);
        } else if (repair) {
            var repaired = southward.repair();
            getLog().info(repaired.isEmpty() ? "Nothing to repair: every applied migration matches its file."
                    : "Recorded the new checksum of " + repaired);
        } else if ((assumeDone || assumeNotDone) && !(resume || revert)) {
            throw new MojoFailureException("-Dassume-done and -Dassume-not-done go with -Dresume or -Drevert");
        } else if (resume || revert || markApplied) {
            Progress progress = new Progress(getLog());
            MigrateResult result = recover(southward.withListener(progress));
            if (markApplied) {
                getLog().info("Recorded the migration left between migrations as done.");
            } else {
                progress.report(result);
            }
        } else if (dbDryRun) {
            dryRun(southward, request());
        } else {
            Progress progress = new Progress(getLog());
            progress.report(southward.withListener(progress).migrate(request()));
        }
    }

    private MigrateRequest request() throws MojoFailureException {
        if (target != null && app == null) {
            throw new MojoFailureException("-Dtarget needs -Dapp: targets are per app, e.g. -Dapp=images -Dtarget="
                    + target);
        }
        MigrateRequest r = app == null ? MigrateRequest.all() : MigrateRequest.app(app.trim());
        r = target == null ? r : r.target(target.trim());
        r = fake ? r.fake() : r;
        r = merge ? r.merge() : r;
        r = ignoreGhostMigrations ? r.ignoreGhosts() : r;
        if (deleteGhostMigrations == null || deleteGhostMigrations.isBlank()
                || deleteGhostMigrations.equalsIgnoreCase("false")) {
            return r;
        }
        return deleteGhostMigrations.equalsIgnoreCase("true") ? r.deleteGhosts()
                : r.deleteGhosts(java.util.Arrays.stream(deleteGhostMigrations.split(",")).map(String::trim)
                        .filter(n -> !n.isEmpty()).toArray(String[]::new));
    }

    private void dryRun(Southward southward, MigrateRequest request) throws MojoFailureException {
        DryRunResult result = southward.dryRun(request);
        String sql = result.migrations().isEmpty() ? "-- Nothing to migrate: the database is up to date.\n"
                : result.sql();
        getLog().info("Dry run: the SQL below is not run; nothing is changed.");
        print(sql);
        if (dryRunOutput != null) {
            write(sql);
        }
        if (!result.ok()) {
            throw new MojoFailureException("The dry run found " + result.problems().size() + " problem"
                    + (result.problems().size() == 1 ? "" : "s") + " (nothing was changed):\n  - "
                    + String.join("\n  - ", result.problems()));
        }
        getLog().info("Dry run passed: " + result.migrations().size() + " migration(s) would run.");
    }

    private void write(String sql) throws MojoFailureException {
        try {
            File parent = dryRunOutput.getAbsoluteFile().getParentFile();
            Files.createDirectories(parent.toPath());
            Files.writeString(dryRunOutput.toPath(), sql, StandardCharsets.UTF_8);
            getLog().info("Dry run SQL written to " + dryRunOutput);
        } catch (IOException e) {
            throw new MojoFailureException("Cannot write the dry run's SQL to " + dryRunOutput + ": " + e, e);
        }
    }

    /** The three recovery actions for a migration left between migrations; at most one at a time. */
    private MigrateResult recover(Southward southward) throws MojoFailureException {
        if ((resume ? 1 : 0) + (revert ? 1 : 0) + (markApplied ? 1 : 0) > 1) {
            throw new MojoFailureException("Choose one of -Dresume, -Drevert and -Dmark-applied");
        }
        if (force && !markApplied) {
            throw new MojoFailureException("-Dforce goes with -Dmark-applied only");
        }
        if (assumeDone && assumeNotDone) {
            throw new MojoFailureException("Choose one of -Dassume-done and -Dassume-not-done");
        }
        if ((assumeDone || assumeNotDone) && markApplied) {
            throw new MojoFailureException("-Dassume-done and -Dassume-not-done go with -Dresume or -Drevert");
        }
        StatementOutcome outcome = assumeDone ? StatementOutcome.TOOK_EFFECT
                : assumeNotDone ? StatementOutcome.NO_EFFECT : null;
        return resume ? southward.resume(outcome) : revert ? southward.revert(outcome) : southward.markApplied(force);
    }
}
