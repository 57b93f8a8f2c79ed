package dev.southward.migrate;

/**
 * The history table disagrees with the migrations on the classpath: ghost migrations, an applied migration
 * that was edited afterwards, a migration applied while an earlier one is still pending, or a history table
 * that another tool wrote.
 */
public class HistoryMismatchException extends SouthwardException {
    /**
     * @param message what disagrees and what to do
     */
    public HistoryMismatchException(String message) {
        super(message);
    }

    /**
     * @param message what disagrees and what to do
     * @param cause   the database error that showed it
     */
    public HistoryMismatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
