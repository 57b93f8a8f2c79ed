package dev.southward.migrate;

/** A migration file cannot be read: malformed JSON, unknown operation, invalid identifier, bad reference. */
public class MigrationFileException extends SouthwardException {
    public MigrationFileException(String message) {
        super(message);
    }

    public MigrationFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
