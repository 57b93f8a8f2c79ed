package dev.southward.migrate;

/** A backwards plan contains an operation that cannot be reversed. Nothing was unapplied. */
public class IrreversibleMigrationException extends SouthwardException {
    public IrreversibleMigrationException(String message) {
        super(message);
    }
}
