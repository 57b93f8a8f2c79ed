package dev.southward.migrate.execute;

import dev.southward.migrate.MigrationFailedException;
import dev.southward.migrate.history.HistoryTable;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.operation.Step;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs rendered migrations statement by statement and records each in the history table. DDL commits implicitly
 * on H2 and MySQL, so this non-transactional path is the normal one: the journal row records the intent before
 * the first statement and the progress after each, and a migration counts as applied only once all its statements
 * are done.
 */
public final class Executor {
    private static final Logger LOG = LoggerFactory.getLogger(Executor.class);
    private final HistoryTable history;
    private final PlanRenderer renderer;
    private final MigrationListener listener;

    public Executor(HistoryTable history, PlanRenderer renderer, MigrationListener listener) {
        this.history = history;
        this.renderer = renderer;
        this.listener = listener;
    }

    /** Runs (or with {@code fake}, only records) each migration in order. */
    public void run(Handle handle, List<RenderedMigration> migrations, boolean fake) {
        for (RenderedMigration rm : migrations) {
            Migration m = rm.migration();
            long start = System.nanoTime();
            int total = fake ? 0 : rm.steps().size();
            listener.started(m.key(), rm.backwards(), total);
            LOG.info("{} {}{}", rm.backwards() ? "Unapplying" : "Applying", m.key(), fake ? " (fake)" : "");
            if (fake) {
                if (rm.backwards()) {
                    history.delete(handle, m.key());
                } else {
                    history.insertApplied(handle, m.key(), m.checksum());
                }
            } else {
                history.start(handle, m.key(), m.checksum(), total, rm.backwards());
                for (int i = 0; i < total; i++) {
                    runStep(handle, rm, i);
                    if (i < total - 1) {
                        history.progress(handle, m.key(), i + 1);
                    }
                }
                if (rm.backwards()) {
                    history.delete(handle, m.key());
                } else {
                    history.applied(handle, m.key(), m.checksum(), total, (System.nanoTime() - start) / 1_000_000);
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.info("{} {} in {} ms", rm.backwards() ? "Unapplied" : "Applied", m.key(), millis);
            listener.finished(m.key(), rm.backwards(), millis, fake);
        }
    }

    private void runStep(Handle handle, RenderedMigration rm, int index) {
        RenderedStep step = rm.steps().get(index);
        Migration m = rm.migration();
        listener.statement(m.key(), index, step.step().text());
        LOG.debug("{} [{}/{}] {}", m.key(), index + 1, rm.steps().size(), step.step().text());
        try {
            if (step.step() instanceof Step.Java java) {
                var data = renderer.dataMigration(java.className());
                handle.useTransaction(h -> {
                    if (java.forwards()) {
                        data.forwards(h, step.state());
                    } else {
                        data.backwards(h, step.state());
                    }
                });
            } else {
                handle.execute(step.step().text());
            }
        } catch (RuntimeException e) {
            String error = rootMessage(e);
            try {
                if (index == 0) {
                    // Nothing ran: leave no trace, the database is exactly as before this migration.
                    history.abandon(handle, m.key(), rm.backwards());
                } else {
                    history.fail(handle, m.key(), index, error);
                }
            } catch (RuntimeException journal) {
                e.addSuppressed(journal);
            }
            throw new MigrationFailedException(failure(rm, index, error), e);
        }
    }

    private static String failure(RenderedMigration rm, int index, String error) {
        Migration m = rm.migration();
        RenderedStep step = rm.steps().get(index);
        String direction = rm.backwards() ? "unapplying" : "applying";
        StringBuilder s = new StringBuilder();
        s.append("Migration ").append(m.key()).append(" failed while ").append(direction).append(", at statement ")
                .append(index + 1).append(" of ").append(rm.steps().size()).append(", ")
                .append(m.where(step.operation()).substring(m.key().toString().length() + 2)).append(":\n    ")
                .append(step.step().text().replace("\n", "\n    ")).append("\n  Error: ").append(error);
        if (index == 0) {
            s.append("\n  No statement of this migration had run: the database is as before it. Fix the cause "
                    + "and migrate again.");
        } else {
            s.append("\n  Statements 1..").append(index).append(" ran and are recorded: the database is between "
                    + "migrations. Fix the cause, then resume, revert or mark applied (see docs/recovery.md).");
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
