package dev.southward.boot;

import dev.southward.migrate.BetweenMigrationsException;
import dev.southward.migrate.SouthwardException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up refused by Southward into Spring Boot's "APPLICATION FAILED TO START" report: Southward's own
 * message (which names app, migration and operation) and what to do next, without the stack trace.
 */
public class SouthwardFailureAnalyzer extends AbstractFailureAnalyzer<SouthwardException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SouthwardException cause) {
        String action;
        if (cause instanceof BetweenMigrationsException || cause.getCause() instanceof BetweenMigrationsException) {
            action = "Recover the database (mvn migrate:migrate -Dresume or -Drevert, see docs/recovery.md), or set "
                    + "southward.between-migrations=resume or revert.";
        } else if (cause instanceof SouthwardStartupException) {
            action = "Apply the pending migrations, or start without southward.dry-run=true.";
        } else {
            action = "Fix the migration named above and start again; southward.enabled=false starts without "
                    + "migrating.";
        }
        return new FailureAnalysis("Southward could not migrate the database at start-up:\n" + cause.getMessage(),
                action, cause);
    }
}
