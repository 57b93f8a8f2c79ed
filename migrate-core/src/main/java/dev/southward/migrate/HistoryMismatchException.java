package dev.southward.migrate;

/**
 * The history table disagrees with the migrations on the classpath: ghost migrations, an applied migration
 * that was edited afterwards, or a migration applied while an earlier one is still pending.
 */
public class HistoryMismatchException extends SouthwardException {
    public HistoryMismatchException(String message) {
        super(message);
    }
}
