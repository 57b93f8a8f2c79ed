package dev.southward.migrate.cli;

/** A command line that cannot be carried out as given: exit code 2, with a message saying what to type instead. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
