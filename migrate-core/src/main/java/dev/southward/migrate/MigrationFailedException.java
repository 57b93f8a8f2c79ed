package dev.southward.migrate;

/** A statement failed while applying or unapplying a migration. The message names app, migration, operation and SQL. */
public class MigrationFailedException extends SouthwardException {
    /**
     * @param message the app, migration, operation and SQL of the failed statement, and the database's error
     * @param cause   the database error
     */
    public MigrationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
