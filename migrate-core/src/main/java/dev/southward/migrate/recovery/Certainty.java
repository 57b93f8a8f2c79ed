package dev.southward.migrate.recovery;

/** How far the diagnosis of a migration left between migrations can be trusted. */
public enum Certainty {
    /** The live schema matches the state after exactly the statements done, and no other candidate. */
    VERIFIED,
    /** The schema cannot be checked at that point (inside an operation), but the journal is exact there. */
    JOURNAL,
    /** The statement after those done had started; neither schema nor journal can tell if it took effect. */
    UNKNOWN_OUTCOME,
    /** The live schema matches no point the journal allows: something else changed it. */
    CONFLICT
}
