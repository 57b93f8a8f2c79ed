package dev.southward.migrate.cli;

import dev.southward.migrate.VerifyResult;
import dev.southward.migrate.report.ExitCode;
import dev.southward.migrate.report.Reports;
import picocli.CommandLine.Command;

/** Compares the live schema with the state of each app's last applied migration. */
@Command(name = "verify", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Compares the live schema with the state of each app's last applied migration and lists "
                + "every difference (a table, column or index changed by hand, a migration faked); exit code 4 "
                + "when there is one.")
final class VerifyCommand extends BaseCommand {
    @Override
    protected ExitCode run() {
        VerifyResult result = southward(true).verify();
        if (result.ok()) {
            out(Reports.verifyVerdict(result));
            return ExitCode.DONE;
        }
        err(Reports.verifyVerdict(result));
        return ExitCode.CHECK_FAILED;
    }
}
