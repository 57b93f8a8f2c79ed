package dev.southward.migrate;

/**
 * Root of every exception Southward throws. Unchecked: a migration problem is not something a caller
 * can usually recover from locally, and the message always names the app, migration and operation.
 */
public class SouthwardException extends RuntimeException {
    /**
     * @param message what went wrong, naming the app, migration and operation where there is one
     */
    public SouthwardException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, naming the app, migration and operation where there is one
     * @param cause   the underlying error, e.g. the database's
     */
    public SouthwardException(String message, Throwable cause) {
        super(message, cause);
    }
}
