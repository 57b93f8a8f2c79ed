package dev.southward.boot;

import dev.southward.migrate.SouthwardException;

/**
 * Start-up refused by Southward: something is pending in dry-run mode, or the database is between migrations.
 * The message is Southward's report (the plan, or where the migration stopped) and which property to change.
 */
public class SouthwardStartupException extends SouthwardException {
    /**
     * @param message the report
     * @param cause   the Southward exception behind it, or null
     */
    public SouthwardStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
