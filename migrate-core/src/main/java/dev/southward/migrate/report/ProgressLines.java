package dev.southward.migrate.report;

import dev.southward.migrate.MigrateResult;
import dev.southward.migrate.execute.MigrationListener;
import dev.southward.migrate.migration.MigrationKey;
import java.util.function.Consumer;

/**
 * Progress of a migrate run, South style, as lines: a header per app, one line per migration applied ({@code >})
 * or unapplied ({@code <}) with its time, and each statement to a second, verbose sink. The Maven plugin sends the
 * lines to its log; the command line prints them.
 */
public final class ProgressLines implements MigrationListener {
    private final Consumer<String> info;
    private final Consumer<String> verbose;
    private String app;

    /**
     * Progress lines to sinks.
     *
     * @param info    receives the app headers and one line per migration
     * @param verbose receives each statement, indented; {@code s -> { }} to drop them
     */
    public ProgressLines(Consumer<String> info, Consumer<String> verbose) {
        this.info = info;
        this.verbose = verbose;
    }

    @Override
    public void started(MigrationKey key, boolean backwards, int statements) {
        if (!key.app().equals(app)) {
            app = key.app();
            info.accept("Running migrations for " + app + ":");
        }
    }

    @Override
    public void statement(MigrationKey key, int index, String sql) {
        verbose.accept("    " + sql);
    }

    @Override
    public void finished(MigrationKey key, boolean backwards, long millis, boolean fake) {
        info.accept(" " + (backwards ? "<" : ">") + " " + key + " (" + millis + " ms" + (fake ? ", faked" : "") + ")");
    }

    /**
     * The last line of a run.
     *
     * @param result what the run did
     * @return e.g. {@code Done: applied 2 migrations in 31 ms.}
     */
    public static String summary(MigrateResult result) {
        if (result.nothingToDo()) {
            return "Nothing to migrate: the database is up to date.";
        }
        long forwards = result.steps().stream().filter(d -> !d.backwards()).count();
        long backwards = result.steps().size() - forwards;
        long millis = result.steps().stream().mapToLong(MigrateResult.Done::millis).sum();
        boolean fake = result.steps().stream().allMatch(MigrateResult.Done::fake);
        StringBuilder s = new StringBuilder(fake ? "Faked: " : "Done: ");
        if (forwards > 0) {
            s.append("applied ").append(count(forwards));
        }
        if (backwards > 0) {
            s.append(forwards > 0 ? ", " : "").append("unapplied ").append(count(backwards));
        }
        return s.append(" in ").append(millis).append(" ms.").toString();
    }

    private static String count(long n) {
        return n + " migration" + (n == 1 ? "" : "s");
    }
}
