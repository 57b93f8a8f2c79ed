package dev.southward.migrate.report;

import dev.southward.migrate.BetweenMigrationsException;
import dev.southward.migrate.UnansweredQuestionsException;

/**
 * The exit status of a command, the same for the command line and the Maven plugin, so that a CI step can act on
 * it: done, failed, a usage error, a database left between migrations, or a check (a dry run, {@code --check},
 * verify) that found a problem.
 */
public enum ExitCode {
    /** Everything asked was done (or there was nothing to do). */
    DONE(0),
    /** The command failed; the database is not between migrations. */
    FAILED(1),
    /** The command line was wrong: an unknown or missing flag, flags that exclude each other, unanswered questions. */
    USAGE(2),
    /** A migration stopped half-way: resume, revert or mark it applied before anything else runs. */
    BETWEEN_MIGRATIONS(3),
    /** A check found a problem: the dry run's preconditions, models changed without a migration, verify. */
    CHECK_FAILED(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /**
     * The process exit status.
     *
     * @return 0 to 4
     */
    public int code() {
        return code;
    }

    /**
     * The exit code of a command that failed with {@code failure}.
     *
     * @param failure            what the command threw
     * @param betweenMigrations  whether the database is now between migrations (asked only for failures that may
     *                           have left it so, e.g. a statement that failed half-way through a migration)
     * @return {@link #BETWEEN_MIGRATIONS} when the database is between migrations, {@link #USAGE} for questions
     *         that flags should have answered, else {@link #FAILED}
     */
    public static ExitCode of(Throwable failure, java.util.function.BooleanSupplier betweenMigrations) {
        if (failure instanceof BetweenMigrationsException) {
            return BETWEEN_MIGRATIONS;
        }
        if (failure instanceof UnansweredQuestionsException) {
            return USAGE;
        }
        try {
            return betweenMigrations.getAsBoolean() ? BETWEEN_MIGRATIONS : FAILED;
        } catch (RuntimeException e) {
            // The database cannot be asked (it is why the command failed): the failure itself is the answer.
            return FAILED;
        }
    }
}
