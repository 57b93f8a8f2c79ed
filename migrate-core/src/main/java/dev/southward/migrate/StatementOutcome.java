package dev.southward.migrate;

/**
 * The answer to "did that statement take effect?" when nothing else can tell: a process died while a statement
 * ran whose effect the live schema does not show (a data change, say). Recovery never guesses: resume and revert
 * refuse until told one of these.
 */
public enum StatementOutcome {
    /** The statement took effect: treat it as done and go on from the next one. */
    TOOK_EFFECT,
    /** The statement had no effect: run it again (resume), or leave it out (revert). */
    NO_EFFECT
}
