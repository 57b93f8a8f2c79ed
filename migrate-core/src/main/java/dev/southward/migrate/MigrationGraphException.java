package dev.southward.migrate;

/** The migrations do not form a valid graph: conflict (two leaves), cycle, missing dependency, duplicate. */
public class MigrationGraphException extends SouthwardException {
    /**
     * @param message the migrations involved and how to resolve the problem
     */
    public MigrationGraphException(String message) {
        super(message);
    }
}
