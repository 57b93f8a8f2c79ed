package dev.southward.migrate;

/** A statement failed while applying or unapplying a migration. The message names app, migration, operation and SQL. */
public class MigrationFailedException extends SouthwardException {
    public MigrationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
