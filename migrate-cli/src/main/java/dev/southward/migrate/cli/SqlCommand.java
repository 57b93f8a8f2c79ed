package dev.southward.migrate.cli;

import dev.southward.migrate.report.ExitCode;
import dev.southward.migrate.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The SQL of one migration for the database's dialect, printed to standard output; runs nothing. */
@Command(name = "sql", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Prints the forwards (or backwards) SQL of one migration for the database's dialect, e.g. "
                + "southward sql images 0002 > 0002.sql. Runs nothing.")
final class SqlCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "APP", description = "The migration's app.")
    String app;

    @Parameters(index = "1", paramLabel = "MIGRATION", description = "A number (0002) or the full name.")
    String migration;

    @Option(names = "--backwards", order = 1, description = "The SQL that unapplies the migration instead.")
    boolean backwards;

    @Override
    protected ExitCode run() {
        print(Reports.script(southward(true).sql(app, migration, backwards)));
        return ExitCode.DONE;
    }
}
