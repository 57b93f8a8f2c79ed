package dev.southward.migrate.execute;

import dev.southward.migrate.MigrationFailedException;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.history.HistoryTable;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.operation.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs rendered migrations statement by statement. DDL commits implicitly on H2 and MySQL, so this
 * non-transactional path is the normal one, with a journal in the history table written on its own autocommit
 * connection: the intent (statement count and hashes) before the first statement, the progress after each
 * statement whose effect the live schema cannot show (see {@link RenderedMigration#shownBySchema}; recovery
 * proves the others against the schema), the error of a failed one. A migration counts as applied only once all
 * its statements are done. The write that marks one migration applied also opens the next, so bookkeeping costs
 * one write per migration plus one per data or type change.
 */
public final class Executor {
    private static final Logger LOG = LoggerFactory.getLogger(Executor.class);
    private final HistoryTable history;
    private final PlanRenderer renderer;
    private final Dialect dialect;
    private final MigrationListener listener;
    private final Map<MigrationKey, List<HistoryRow>> companions;

    /**
     * An executor that records every step in one history table and reports progress to one listener.
     *
     * @param history  the history table that journals each run
     * @param renderer finds and creates the {@code DataMigration} classes that {@code run_java} steps call
     * @param dialect  the database's dialect, which merges, decorates and weakens statements
     * @param listener told about each migration and statement
     */
    public Executor(HistoryTable history, PlanRenderer renderer, Dialect dialect, MigrationListener listener) {
        this(history, renderer, dialect, listener, Map.of());
    }

    private Executor(HistoryTable history, PlanRenderer renderer, Dialect dialect, MigrationListener listener,
            Map<MigrationKey, List<HistoryRow>> companions) {
        this.history = history;
        this.renderer = renderer;
        this.dialect = dialect;
        this.listener = listener;
        this.companions = companions;
    }

    /**
     * Rows recorded in the same write as a migration's row that marks it applied: the rows of the migrations a
     * squash replaces (see {@code squash.SquashHistory#companions}).
     *
     * @param rows migration to the rows written with it when it is applied
     * @return a copy that writes them
     */
    public Executor withCompanions(Map<MigrationKey, List<HistoryRow>> rows) {
        return new Executor(history, renderer, dialect, listener, Map.copyOf(rows));
    }

    /**
     * Runs (or with {@code fake}, only records) each migration in order: DDL on {@code ddl}, bookkeeping on
     * {@code journal}. Consecutive migrations of an app whose every statement the schema shows run as one batch:
     * one write opens them all, the next write marks them applied (see {@link Batches}).
     *
     * @param ddl        the connection the statements run on
     * @param journal    the autocommitted connection for the history, so that progress survives a failure
     * @param migrations the rendered migrations, in order
     * @param fake       true to record the migrations as applied (or unapplied) without running their statements
     * @throws dev.southward.migrate.MigrationFailedException when a statement fails; the row records how far it got
     */
    public void run(Handle ddl, Handle journal, List<RenderedMigration> migrations, boolean fake) {
        List<HistoryRow> open = new ArrayList<>(); // migrations done, recorded with the next write
        for (int i = 0; i < migrations.size(); ) {
            int end = fake ? i + 1 : Batches.end(migrations, i);
            if (fake) {
                fake(journal, migrations.get(i), open);
            } else {
                runBatch(ddl, journal, migrations.subList(i, end), open);
            }
            i = end;
        }
        flush(journal, open);
    }

    private void fake(Handle journal, RenderedMigration rm, List<HistoryRow> open) {
        Migration m = rm.migration();
        listener.started(m.key(), rm.backwards(), 0);
        if (rm.backwards()) {
            flush(journal, open);
            history.delete(journal, m.key());
        } else {
            open.add(intent(rm, 0).done(0));
            open.addAll(companions.getOrDefault(m.key(), List.of()));
            flush(journal, open);
        }
        listener.finished(m.key(), rm.backwards(), 0, true);
    }

    private void runBatch(Handle ddl, Handle journal, List<RenderedMigration> batch, List<HistoryRow> open) {
        try {
            batch.forEach(rm -> Guards.check(ddl, dialect, rm));
        } catch (MigrationFailedException e) {
            flush(journal, open); // what ran before stays recorded
            throw e;
        }
        List<HistoryRow> intents = new ArrayList<>();
        batch.forEach(rm -> intents.add(intent(rm, rm.steps().size())));
        if (batch.size() == 1 && !batch.get(0).steps().isEmpty() && !batch.get(0).shownBySchema(0)) {
            // The intent already says that statement 1, which the schema cannot show, is starting.
            intents.set(0, intents.get(0).withStatus(batch.get(0).status(true)));
        }
        open.addAll(intents);
        try {
            flush(journal, open);
        } catch (RuntimeException e) {
            // A read-only server or session, a missing privilege: say which migration could not start.
            throw new MigrationFailedException("Migration " + batch.get(0).migration().key() + " did not start: its "
                    + "journal could not be written to the history table (" + rootMessage(e) + "). No statement of "
                    + "it ran; the database is as before it.", e);
        }
        for (int b = 0; b < batch.size(); b++) {
            RenderedMigration rm = batch.get(b);
            Migration m = rm.migration();
            long start = System.nanoTime();
            listener.started(m.key(), rm.backwards(), rm.steps().size());
            LOG.debug("{} {}", rm.backwards() ? "Unapplying" : "Applying", m.key());
            try {
                runStatements(ddl, journal, rm, 0, rm.steps().size(), 0);
            } catch (MigrationFailedException e) {
                // The ones before are done, the ones after never started: record exactly that.
                try {
                    flush(journal, open);
                    batch.subList(b + 1, batch.size()).forEach(later -> history.delete(journal, later.migration().key()));
                } catch (RuntimeException journalFailure) {
                    e.addSuppressed(journalFailure);
                }
                throw e;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (rm.backwards()) {
                history.delete(journal, m.key());
            } else {
                open.add(intents.get(b).done(millis));
                open.addAll(companions.getOrDefault(m.key(), List.of()));
            }
            LOG.debug("{} {} in {} ms", rm.backwards() ? "Unapplied" : "Applied", m.key(), millis);
            listener.finished(m.key(), rm.backwards(), millis, false);
        }
    }

    /**
     * Runs statements {@code [from, to)} of a migration. Before each statement whose effect the live schema cannot
     * show, the journal records it as running (unless {@code marked}, the index already recorded so); after it,
     * the count done, if the next statement is one the schema shows. So after a crash, a row without the running
     * mark means the next such statement never started, and a row with it means its outcome must be found out.
     */
    private void runStatements(Handle ddl, Handle journal, RenderedMigration rm, int from, int to, int marked) {
        MigrationKey key = rm.migration().key();
        for (int i = from; i < to; i++) {
            boolean unsure = !rm.shownBySchema(i);
            if (unsure && i != marked) {
                history.progress(journal, key, i, rm.status(true));
            }
            runStep(ddl, journal, rm, i, from);
            if (unsure && i + 1 < rm.steps().size() && rm.shownBySchema(i + 1)) {
                history.progress(journal, key, i + 1, rm.status(false));
            }
        }
    }

    private static HistoryRow intent(RenderedMigration rm, int statements) {
        Migration m = rm.migration();
        return HistoryRow.intent(m.key(), m.checksum(), rm.backwards(), HistoryTable.hashes(rm.sql()), statements)
                .withStatus(rm.status(false));
    }

    /**
     * Runs the statements of {@code rm}, whose journal row records {@code from} done, up to {@code to} (resume, or
     * the rest of an operation before a revert), journaling like {@link #run}; with {@code to} at the end, marks it
     * done like {@link #run} does.
     *
     * @param ddl     the connection the statements run on
     * @param journal the autocommitted connection for the history
     * @param rm      the rendered migration whose run stopped
     * @param from    how many statements the journal records as done
     * @param to      one past the last statement to run
     * @throws dev.southward.migrate.MigrationFailedException when a statement fails; the row records how far it got
     */
    public void continueFrom(Handle ddl, Handle journal, RenderedMigration rm, int from, int to) {
        Migration m = rm.migration();
        long start = System.nanoTime();
        int total = rm.steps().size();
        listener.started(m.key(), rm.backwards(), to - from);
        if (from < to) {
            // Clears a recorded error or running mark first: the journal must describe this run from now on.
            history.progress(journal, m.key(), from, rm.status(!rm.shownBySchema(from)));
        }
        runStatements(ddl, journal, rm, from, to, from);
        if (to < total) {
            history.progress(journal, m.key(), to, rm.status(false));
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (rm.backwards()) {
            history.delete(journal, m.key());
        } else {
            history.write(journal, List.of(intent(rm, total).done(millis)));
        }
        listener.finished(m.key(), rm.backwards(), millis, false);
    }

    /** Writes the rows, if any, in one statement, and forgets them. */
    private void flush(Handle journal, List<HistoryRow> rows) {
        if (!rows.isEmpty()) {
            history.write(journal, rows);
            rows.clear();
        }
    }

    /** Runs one statement; {@code first} is the first statement of this run (nothing ran before it if 0). */
    private void runStep(Handle ddl, Handle journal, RenderedMigration rm, int index, int first) {
        RenderedStep step = rm.steps().get(index);
        Migration m = rm.migration();
        listener.statement(m.key(), index, step.step().text());
        LOG.debug("{} [{}/{}] {}", m.key(), index + 1, rm.steps().size(), step.step().text());
        try {
            if (step.step() instanceof Step.Java java) {
                var data = renderer.dataMigration(java.className());
                ddl.useTransaction(h -> {
                    if (java.forwards()) {
                        data.forwards(h, step.state());
                    } else {
                        data.backwards(h, step.state());
                    }
                });
            } else {
                execute(ddl, step.step().text());
            }
        } catch (RuntimeException e) {
            String error = rootMessage(e);
            // A broken connection may have lost the answer to a statement the server completed.
            boolean unsure = connectionLost(e);
            try {
                if (index == 0 && first == 0 && !unsure && rm.complete() && !rm.undo()) {
                    // Nothing ran: leave no trace, the database is exactly as before this migration.
                    abandon(journal, rm);
                } else {
                    history.fail(journal, m.key(), index, rm.status(unsure), error);
                }
            } catch (RuntimeException journalFailure) {
                e.addSuppressed(journalFailure);
            }
            throw new MigrationFailedException(failure(rm, index, error, unsure), e);
        }
    }

    /**
     * Whether the failure is the connection's (SQLState class 08, or closed), not the statement's.
     *
     * @param e the failure of a statement
     * @return true when the connection was lost, so the statement's outcome is unknown
     */
    public static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && (sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08") || t instanceof java.sql.SQLRecoverableException)) {
                return true;
            }
        }
        return false;
    }

    /** Runs a statement, retrying with weaker forms the dialect offers when the server refuses one. */
    private void execute(Handle ddl, String sql) {
        try {
            // Plain JDBC: DDL has no parameters, so Jdbi's statement parsing would only cost time.
            try (java.sql.Statement statement = ddl.getConnection().createStatement()) {
                statement.execute(sql);
            } catch (java.sql.SQLException e) {
                throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
            }
        } catch (RuntimeException e) {
            Optional<String> weaker = dialect.fallback(sql, e);
            if (weaker.isEmpty()) {
                throw e;
            }
            LOG.info("Server refused {} ({}); running {}", sql, rootMessage(e), weaker.get());
            execute(ddl, weaker.get());
        }
    }

    private void abandon(Handle journal, RenderedMigration rm) {
        Migration m = rm.migration();
        if (rm.backwards()) {
            history.write(journal, List.of(HistoryRow.intent(m.key(), m.checksum(), false, null, 0).done(0)));
        } else {
            history.delete(journal, m.key());
        }
    }

    private static String failure(RenderedMigration rm, int index, String error, boolean unsure) {
        Migration m = rm.migration();
        RenderedStep step = rm.steps().get(index);
        StringBuilder s = new StringBuilder();
        s.append("Migration ").append(m.key()).append(" failed while ")
                .append(rm.backwards() ? "unapplying" : "applying").append(", at statement ").append(index + 1)
                .append(" of ").append(rm.steps().size()).append(", ")
                .append(m.operation(step.operation())).append(":\n    ")
                .append(step.step().text().replace("\n", "\n    ")).append("\n  Error: ").append(error);
        if (unsure) {
            s.append("\n  The connection broke during this statement, so the server may have completed it: the "
                    + "database is between migrations, and the next run explains what is known.");
        } else if (index == 0 && rm.complete() && !rm.undo()) {
            s.append("\n  No statement of this migration had run: the database is as before it. Fix the cause "
                    + "and migrate again.");
        } else if (index == 0) {
            s.append("\n  This run changed nothing: the database is between migrations as it was before it. Fix the "
                    + "cause, then resume (mvn migrate:migrate -Dresume), revert (-Drevert) or mark it applied "
                    + "(-Dmark-applied); the next run lists the choices.");
        } else {
            s.append("\n  Statements 1..").append(index).append(" ran and are recorded: the database is between "
                    + "migrations. Fix the cause, then resume (mvn migrate:migrate -Dresume), revert "
                    + "(-Drevert) or mark it applied (-Dmark-applied); the next run lists the choices.");
        }
        return s.toString();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
