package dev.southward.migrate.cli;

import dev.southward.migrate.DryRunResult;
import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.StatementOutcome;
import dev.southward.migrate.report.AnswerSpec;
import dev.southward.migrate.report.ExitCode;
import dev.southward.migrate.report.ProgressLines;
import dev.southward.migrate.report.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** South's {@code migrate}: apply or unapply migrations, list them, dry-run them, or recover a stopped one. */
@Command(name = "migrate", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Applies or unapplies migrations: every app to its latest migration, one app, or one app "
                + "forwards or backwards to a target (zero unapplies all of the app's migrations).",
            "With --list lists them; with --db-dry-run prints the SQL and checks it against the database, changing "
                + "nothing; with --resume, --revert or --mark-applied recovers a migration that stopped between "
                + "migrations."})
final class MigrateCommand extends BaseCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "APP", description = "Only this app (and the migrations "
            + "of other apps it depends on).")
    String app;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TARGET", description = "Migrate the app forwards or "
            + "backwards to this migration: a number (0004), a full name, or zero.")
    String target;

    @Option(names = "--list", order = 1, description = "List each app's migrations: (*) applied, ( ) not, "
            + "(!) between migrations. Migrates nothing.")
    boolean list;

    @Option(names = "--db-dry-run", order = 2, description = "Print the SQL that would run and check its "
            + "preconditions against the database. Changes nothing; exit code 4 when a check fails.")
    boolean dbDryRun;

    @Option(names = "--dry-run-output", paramLabel = "FILE", order = 3,
            description = "With --db-dry-run: also write the SQL to FILE.")
    Path dryRunOutput;

    @Option(names = "--fake", order = 4, description = "Record the migrations as applied (or unapplied) without "
            + "running their SQL.")
    boolean fake;

    @Option(names = "--merge", order = 5, description = "Apply migrations that are pending although a later "
            + "migration of their app is applied.")
    boolean merge;

    @Option(names = "--ignore-ghost-migrations", order = 6, description = "Go on although the history table "
            + "records migrations whose files are missing.")
    boolean ignoreGhostMigrations;

    @Option(names = "--delete-ghost-migrations", arity = "0..1", fallbackValue = "true", paramLabel = "APPS",
            preprocessor = AttachedValueOnly.class, order = 7, description = "Delete the history rows of ghost "
            + "migrations, then go on. An app none of whose recorded migrations is found must be named: "
            + "--delete-ghost-migrations=images (comma-separated apps or app.migration names).")
    String deleteGhostMigrations;

    @Option(names = "--resume", order = 8, description = "Recovery: finish the migration left between "
            + "migrations, from the statement where it stopped.")
    boolean resume;

    @Option(names = "--revert", order = 9, description = "Recovery: undo the statements of the migration left "
            + "between migrations that did run.")
    boolean revert;

    @Option(names = "--mark-applied", order = 10, description = "Recovery: record the migration left between "
            + "migrations as applied, after finishing it by hand. Refused when the live schema does not match, "
            + "unless --force.")
    boolean markApplied;

    @Option(names = "--assume-done", order = 11, description = "With --resume or --revert, when the process "
            + "stopped during a statement whose effect nothing can show: it took effect.")
    boolean assumeDone;

    @Option(names = "--assume-not-done", order = 12, description = "With --resume or --revert: the statement of "
            + "unknown outcome had no effect.")
    boolean assumeNotDone;

    @Option(names = "--force", order = 13, description = "With --mark-applied: record it although the live schema "
            + "does not match its state.")
    boolean force;

    @Option(names = "--repair", order = 14, description = "Record the current checksum of every applied migration "
            + "whose file was edited afterwards.")
    boolean repair;

    @Override
    protected ExitCode run() {
        checkFlags();
        Southward southward = southward(true);
        if (list) {
            print(Reports.listing(southward.list(), app));
        } else if (repair) {
            var repaired = southward.repair();
            out(repaired.isEmpty() ? "Nothing to repair: every applied migration matches its file."
                    : "Recorded the new checksum of " + repaired);
        } else if (resume || revert || markApplied) {
            StatementOutcome outcome = assumeDone ? StatementOutcome.TOOK_EFFECT
                    : assumeNotDone ? StatementOutcome.NO_EFFECT : null;
            var result = resume ? southward.resume(outcome) : revert ? southward.revert(outcome)
                    : southward.markApplied(force);
            out(markApplied ? "Recorded the migration left between migrations as done."
                    : ProgressLines.summary(result));
        } else if (dbDryRun) {
            return dryRun(southward);
        } else {
            out(ProgressLines.summary(southward.migrate(request())));
        }
        return ExitCode.DONE;
    }

    /** The plugin's rules for flags that go together or exclude each other. */
    private void checkFlags() {
        if ((resume ? 1 : 0) + (revert ? 1 : 0) + (markApplied ? 1 : 0) > 1) {
            throw new UsageException("Choose one of --resume, --revert and --mark-applied");
        }
        if (assumeDone && assumeNotDone) {
            throw new UsageException("Choose one of --assume-done and --assume-not-done");
        }
        if ((assumeDone || assumeNotDone) && !(resume || revert)) {
            throw new UsageException("--assume-done and --assume-not-done go with --resume or --revert");
        }
        if (force && !markApplied) {
            throw new UsageException("--force goes with --mark-applied only");
        }
        if (dryRunOutput != null && !dbDryRun) {
            throw new UsageException("--dry-run-output goes with --db-dry-run");
        }
        if (list && (dbDryRun || fake || resume || revert || markApplied || repair || target != null)) {
            throw new UsageException("--list only lists: drop the other flags, or drop --list");
        }
    }

    private MigrateRequest request() {
        MigrateRequest r = app == null ? MigrateRequest.all() : MigrateRequest.app(app);
        r = target == null ? r : r.target(target);
        r = fake ? r.fake() : r;
        r = merge ? r.merge() : r;
        r = ignoreGhostMigrations ? r.ignoreGhosts() : r;
        if (deleteGhostMigrations == null) {
            return r;
        }
        return deleteGhostMigrations.equals("true") ? r.deleteGhosts()
                : r.deleteGhosts(AnswerSpec.entries(deleteGhostMigrations).toArray(String[]::new));
    }

    private ExitCode dryRun(Southward southward) {
        DryRunResult result = southward.dryRun(request());
        String sql = Reports.dryRunSql(result);
        err(Reports.DRY_RUN_HEADER);
        print(sql);
        if (dryRunOutput != null) {
            Path file = root.workingDir().resolve(dryRunOutput);
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, sql, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Cannot write the dry run's SQL to " + file + ": " + e, e);
            }
            err("Dry run SQL written to " + relative(file));
        }
        err(Reports.dryRunVerdict(result));
        return result.ok() ? ExitCode.DONE : ExitCode.CHECK_FAILED;
    }
}
