package dev.southward.migrate;

/** A backwards plan contains an operation that cannot be reversed. Nothing was unapplied. */
public class IrreversibleMigrationException extends SouthwardException {
    /**
     * @param message the migration and operation that cannot be unapplied, and why
     */
    public IrreversibleMigrationException(String message) {
        super(message);
    }
}
