package dev.southward.migrate;

/**
 * Root of every exception Southward throws. Unchecked: a migration problem is not something a caller
 * can usually recover from locally, and the message always names the app, migration and operation.
 */
public class SouthwardException extends RuntimeException {
    public SouthwardException(String message) {
        super(message);
    }

    public SouthwardException(String message, Throwable cause) {
        super(message, cause);
    }
}
