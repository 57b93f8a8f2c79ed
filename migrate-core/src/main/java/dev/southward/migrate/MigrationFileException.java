package dev.southward.migrate;

/** A migration file cannot be read: malformed JSON, unknown operation, invalid identifier, bad reference. */
public class MigrationFileException extends SouthwardException {
    /**
     * @param message the file, with line and column where known, and what is wrong
     */
    public MigrationFileException(String message) {
        super(message);
    }

    /**
     * @param message the file, with line and column where known, and what is wrong
     * @param cause   the parser's or file system's error
     */
    public MigrationFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
