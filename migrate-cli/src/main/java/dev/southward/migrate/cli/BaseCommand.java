package dev.southward.migrate.cli;

import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.Southward;
import dev.southward.migrate.Status;
import dev.southward.migrate.report.ExitCode;
import dev.southward.migrate.report.ProgressLines;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the common options, the project's class path, the {@link Southward} instance, output,
 * and turning a failure into its message and {@link ExitCode}. A command implements {@link #run}: it parses, makes
 * one call into the core and prints the result, like the Maven plugin's goals.
 */
abstract class BaseCommand implements Callable<Integer> {
    @ParentCommand
    SouthwardCli root;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    private Settings settings;
    private ProjectClasspath classpath;
    private Southward southward;

    @Override
    public final Integer call() {
        try {
            settings = Settings.resolve(options, root.env(), root.workingDir());
            classpath = ProjectClasspath.of(settings.classpath(), root.workingDir());
            return run().code();
        } catch (UsageException e) {
            err("Error: " + e.getMessage());
            err("See 'southward " + spec.name() + " --help'.");
            return ExitCode.USAGE.code();
        } catch (SouthwardException | IllegalStateException | UncheckedIOException e) {
            err("Error: " + CliWords.of(e.getMessage()));
            return ExitCode.of(e, this::betweenMigrations).code();
        } catch (JdbiException e) {
            // Connection refused, wrong credentials, a failed query outside a migration: the cause says which.
            err("Database error: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
            return ExitCode.of(e, this::betweenMigrations).code();
        } finally {
            close();
        }
    }

    /**
     * The command: one call into the core and its output.
     *
     * @return the exit code
     */
    protected abstract ExitCode run();

    /** The resolved settings. */
    protected Settings settings() {
        return settings;
    }

    /** The project's class path. */
    protected ProjectClasspath classpath() {
        return classpath;
    }

    /**
     * The configured API, on the migrations folder if one is given (else the class path's {@code southward/
     * migrations}), with progress lines printed.
     *
     * @param needsDatabase whether a URL is required (else a missing one fails only if the database is used)
     * @return the API
     */
    protected Southward southward(boolean needsDatabase) {
        String url = needsDatabase ? settings.requireUrl() : settings.url();
        Jdbi jdbi = url != null ? JdbcConnection.jdbi(url, settings.user(), settings.password(), classpath.loader(),
                this::err) : Jdbi.create(() -> {
                    throw new SQLException("No database: give --url, set SOUTHWARD_URL or put url=... in "
                            + Settings.FILE);
                });
        Path migrations = migrationsDirectory(writesMigrations());
        if (migrations == null && settings.classpath().isEmpty()) {
            // Nothing to read migrations from: a deploy job would otherwise report "up to date" and pass.
            throw new UsageException("No migrations to read: give --classpath with the application's classes or "
                    + "jar (migrations in southward/migrations/<app>/), or --migrations DIR");
        }
        Southward s = Southward.create(jdbi).withClassLoader(classpath.loader())
                .withListener(new ProgressLines(this::out, options.verbose ? this::out : line -> { }));
        s = migrations == null ? s : s.withMigrationsDirectory(migrations);
        s = settings.lockTimeout() == null ? s : s.withLockTimeout(settings.lockTimeout());
        s = settings.historyTable() == null ? s : s.withHistoryTable(settings.historyTable());
        southward = s;
        return s;
    }

    /**
     * Whether the command writes migration files (and so needs a folder for them).
     *
     * @return false unless overridden
     */
    protected boolean writesMigrations() {
        return false;
    }

    /**
     * The migrations folder: {@code --migrations}, else (for commands that write) the Maven layout's
     * {@code src/main/resources/southward/migrations} when the working directory has {@code src/main/resources}.
     *
     * @param writes whether the command writes migrations (and so needs a folder)
     * @return the folder, or null to read from the class path
     */
    protected Path migrationsDirectory(boolean writes) {
        if (settings.migrations() != null || !writes) {
            return settings.migrations();
        }
        Path resources = root.workingDir().resolve("src/main/resources");
        if (java.nio.file.Files.isDirectory(resources)) {
            return resources.resolve(Southward.DEFAULT_LOCATION);
        }
        throw new UsageException("southward " + spec.name() + " writes migration files: give --migrations DIR "
                + "(e.g. --migrations src/main/resources/southward/migrations)");
    }

    /**
     * A path as the user would type it: relative to the working directory when inside it.
     *
     * @param path the path
     * @return its text
     */
    protected String relative(Path path) {
        Path base = root.workingDir().toAbsolutePath();
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(base) ? base.relativize(p).toString() : p.toString();
    }

    /** Prints a line of the result to standard output. */
    protected void out(String line) {
        PrintWriter w = spec.commandLine().getOut();
        w.println(line);
        w.flush();
    }

    /** Prints text to standard output as it is (a listing, SQL), with a final newline. */
    protected void print(String text) {
        PrintWriter w = spec.commandLine().getOut();
        w.print(text.endsWith("\n") || text.isEmpty() ? text : text + "\n");
        w.flush();
    }

    /** Prints a line to standard error: diagnostics, never part of a result that may be redirected. */
    protected void err(String line) {
        PrintWriter w = spec.commandLine().getErr();
        w.println(line);
        w.flush();
    }

    /** Whether the database is now between migrations (after a failure that may have left it so). */
    private boolean betweenMigrations() {
        return southward != null && settings.url() != null && southward.list().apps().stream()
                .flatMap(a -> a.migrations().stream()).anyMatch(e -> e.state() == Status.State.PARTIAL);
    }

    private void close() {
        if (classpath != null) {
            try {
                classpath.close();
            } catch (java.io.IOException e) {
                err("Warning: cannot close the class path: " + e.getMessage());
            }
        }
    }
}
