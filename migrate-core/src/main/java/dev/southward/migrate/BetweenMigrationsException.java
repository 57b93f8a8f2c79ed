package dev.southward.migrate;

/**
 * A migration stopped half-way (a statement failed, or the process died) and the database is between migrations.
 * Nothing else runs until it is resumed, reverted or marked applied; the message says exactly where it stopped.
 */
public class BetweenMigrationsException extends SouthwardException {
    /**
     * @param message where the migration stopped, what is known about it, and the commands that get out of it
     */
    public BetweenMigrationsException(String message) {
        super(message);
    }
}
