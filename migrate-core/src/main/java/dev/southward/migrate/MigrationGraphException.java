package dev.southward.migrate;

/** The migrations do not form a valid graph: conflict (two leaves), cycle, missing dependency, duplicate. */
public class MigrationGraphException extends SouthwardException {
    public MigrationGraphException(String message) {
        super(message);
    }
}
