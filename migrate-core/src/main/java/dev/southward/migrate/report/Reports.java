package dev.southward.migrate.report;

import dev.southward.migrate.DryRunResult;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.Status;
import dev.southward.migrate.VerifyResult;
import dev.southward.migrate.operation.Operation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The text of each command's result, shared by the Maven plugin and the command line so that both say the same
 * thing: the listing, SQL scripts, the dry run, verify and the new migrations.
 */
public final class Reports {
    /** The line before a dry run's SQL. */
    public static final String DRY_RUN_HEADER = "Dry run: the SQL below is not run; nothing is changed.";

    private Reports() {
    }

    /**
     * South's {@code migrate --list}, for one app or all.
     *
     * @param status the core's listing
     * @param app    only this app; null for all
     * @return the text, ending with a newline
     * @throws SouthwardException when {@code app} has no migrations
     */
    public static String listing(Status status, String app) {
        Status shown = status;
        if (app != null) {
            List<Status.App> apps = status.apps().stream().filter(a -> a.name().equals(app)).toList();
            if (apps.isEmpty()) {
                throw new SouthwardException("App '" + app + "' has no migrations (apps with migrations: "
                        + status.apps().stream().map(Status.App::name).toList() + ")");
            }
            shown = new Status(apps, status.ghosts());
        }
        return shown.apps().isEmpty() ? "No migrations.\n" : shown.render();
    }

    /**
     * Statements as a script, each ended by {@code ;} (comments as they are).
     *
     * @param sql the statements
     * @return the script, or {@code -- no SQL} when there is none
     */
    public static String script(List<String> sql) {
        if (sql.isEmpty()) {
            return "-- no SQL\n";
        }
        StringBuilder s = new StringBuilder();
        for (String statement : sql) {
            s.append(statement).append(statement.startsWith("--") ? "\n" : ";\n");
        }
        return s.toString();
    }

    /**
     * A dry run's SQL, or a comment that there is nothing to run.
     *
     * @param result the dry run
     * @return the script
     */
    public static String dryRunSql(DryRunResult result) {
        return result.migrations().isEmpty() ? "-- Nothing to migrate: the database is up to date.\n" : result.sql();
    }

    /**
     * The verdict of a dry run.
     *
     * @param result the dry run
     * @return {@code Dry run passed: …} or the list of problems
     */
    public static String dryRunVerdict(DryRunResult result) {
        if (result.ok()) {
            return "Dry run passed: " + result.migrations().size() + " migration(s) would run.";
        }
        return "The dry run found " + plural(result.problems().size(), "problem") + " (nothing was changed):\n  - "
                + String.join("\n  - ", result.problems());
    }

    /**
     * The verdict of verify.
     *
     * @param result the comparison
     * @return the match line, or every difference
     */
    public static String verifyVerdict(VerifyResult result) {
        if (result.ok()) {
            return "The live schema matches the migrations (" + plural(result.differences().size(), "app")
                    + " checked).";
        }
        return "The live schema differs from the migrations' state in " + plural(result.all().size(), "place")
                + ":\n  - " + String.join("\n  - ", result.all());
    }

    /**
     * Each new migration South style: its operations, then where the file is.
     *
     * @param result   what was made
     * @param written  whether the files were written (else: {@code Would create})
     * @param relative how to show a path to the user
     * @return the lines, messages first
     */
    public static List<String> made(MakeResult result, boolean written, Function<Path, String> relative) {
        List<String> lines = new ArrayList<>(result.messages());
        for (MakeResult.NewMigration m : result.migrations()) {
            for (Operation op : m.operations()) {
                lines.add(" + " + op.describe(m.key().app()));
            }
            lines.add((written ? "Created " : "Would create ") + relative.apply(m.path()));
        }
        return lines;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
