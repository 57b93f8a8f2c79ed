package dev.southward.migrate;

import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.dialect.Dialects;
import dev.southward.migrate.execute.Executor;
import dev.southward.migrate.execute.MigrationListener;
import dev.southward.migrate.execute.PlanRenderer;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.history.HistoryTable;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.plan.Plan;
import dev.southward.migrate.plan.Planner;
import dev.southward.migrate.recovery.BetweenMigrations;
import dev.southward.migrate.recovery.Recovery;
import dev.southward.migrate.squash.SquashHistory;
import dev.southward.migrate.execute.RenderedMigration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The database side of a {@link Southward} call: the history read into a {@link Context} (edited and unfinished
 * migrations refused), a journal left open settled, the migration lock held around changes, a migration left between
 * migrations recovered, and the head row written. {@link Southward} is the API; this is how it talks to the database.
 */
final class Session {
    private final Connections db;
    private final String historyTable;
    private final ClassLoader classLoader;
    private final MigrationListener listener;
    private final Duration lockTimeout;
    private final String source;

    /**
     * @param db           where connections come from
     * @param historyTable the history table's name
     * @param classLoader  the class loader of data migration classes
     * @param listener     told of each migration run
     * @param lockTimeout  how long to wait for another process's lock
     * @param source       where migrations are read from, for messages
     */
    Session(Connections db, String historyTable, ClassLoader classLoader, MigrationListener listener,
            Duration lockTimeout, String source) {
        this.db = db;
        this.historyTable = historyTable;
        this.classLoader = classLoader;
        this.listener = listener;
        this.lockTimeout = lockTimeout;
        this.source = source;
    }

    /**
     * Applies or unapplies what {@code request} asks, under the lock when anything is to be done (see
     * {@link Southward#migrate(MigrateRequest)}); a run that finds nothing to do records the head row.
     *
     * @param graph   the migration files
     * @param request what to migrate
     * @param catalog the files' names and checksums, for the head row
     * @param probe   what the start-up probe read (its rows, when it read them)
     * @return what ran
     */
    MigrateResult migrate(MigrationGraph graph, MigrateRequest request, StartupCheck.FileCatalog catalog,
            StartupCheck.Probe probe) {
        return db.jdbi().withHandle(h -> {
            Context first = probe.rows() != null ? context(h, graph, Optional.of(probe.rows()))
                    : read(h, graph);
            if (first.check().unfinished().isEmpty() && plan(first, request).isEmpty()
                    && !(request.isDeleteGhosts() && !first.check().ghosts().isEmpty())
                    && SquashHistory.missing(first.graph(), first.rows().orElse(List.of())).isEmpty()) {
                if (request.isPlain()) {
                    recordHead(h, graph, first, catalog);
                }
                return new MigrateResult(List.of(), List.of(), ignored(request, first));
            }
            return locked(h, first, lock -> {
                Context c = settle(h, graph, lock == null ? first : read(h, graph));
                List<MigrationKey> deleted = request.isDeleteGhosts() ? c.check().deletableGhosts(request) : List.of();
                deleted.forEach(g -> c.history().delete(h, g));
                Plan plan = plan(c, request);
                c.check().refuseOutOfOrder(plan, request.isMerge());
                List<RenderedMigration> rendered = c.renderer().render(plan, c.applied());
                if (c.rows().isEmpty()) {
                    c.history().create(h);
                }
                Collector done = new Collector(listener);
                long start = System.nanoTime();
                Map<String, String> applied;
                try (JournalConnection journal = JournalConnection.open(db.jdbi(), c.dialect(), c.history())) {
                    recordSquashes(c, journal.handle(), c.rows().orElse(List.of()), plan);
                    new Executor(c.history(), c.renderer(), c.dialect(), done).withCompanions(SquashHistory.companions(
                            c.graph(), plan, c.rows().orElse(List.of()))).run(h, journal.handle(), rendered,
                            request.isFake());
                    applied = Heads.after(c.rows().orElse(List.of()), deleted, done.done, graph);
                    if (!c.graph().squashes().isEmpty()) {
                        // The rows read again (still under the lock) plus those written here are the history now.
                        List<HistoryRow> now = new ArrayList<>(c.history().read(journal.handle()).orElse(List.of()));
                        now.addAll(recordSquashes(c, journal.handle(), now, new Plan(List.of())));
                        applied = Heads.applied(now);
                    }
                }
                if (!done.done.isEmpty()) {
                    org.slf4j.LoggerFactory.getLogger(Southward.class).debug("Southward: {} migration(s) {} in {} ms",
                            done.done.size(), done.done.get(0).backwards() ? "unapplied" : "applied",
                            (System.nanoTime() - start) / 1_000_000);
                }
                // Still under the lock, and the rows read under it plus what ran are the history now.
                Heads.write(h, c.history(), applied, catalog.read(), graph);
                return new MigrateResult(done.done, deleted, ignored(request, c));
            });
        });
    }

    /** The ghosts a run goes on despite, with ignore-ghost-migrations. */
    private static List<MigrationKey> ignored(MigrateRequest request, Context c) {
        return request.isIgnoreGhosts() && !request.isDeleteGhosts() ? c.check().ghosts() : List.of();
    }

    /**
     * Records squashes and the migrations they replace alike (see {@link SquashHistory}): the rows missing, and,
     * before a squash is unapplied, no more rows for what it replaces.
     */
    static List<HistoryRow> recordSquashes(Context c, Handle journal, List<HistoryRow> rows, Plan plan) {
        List<HistoryRow> missing = SquashHistory.missing(c.graph, rows);
        if (!missing.isEmpty()) {
            c.history.write(journal, missing);
        }
        SquashHistory.forgotten(c.graph, plan, rows).forEach(k -> c.history.delete(journal, k));
        return missing;
    }


    interface RecoveryAction {
        void run(Recovery recovery, Handle h, Handle journal, HistoryRow row);
    }

    MigrateResult recover(MigrationGraph files, RecoveryAction action) {
        return db.jdbi().withHandle(h -> {
            Dialect dialect = Dialects.forConnection(h.getConnection());
            HistoryTable history = new HistoryTable(historyTable, dialect);
            return locked(h, new Context(dialect, history, Optional.empty(), null, Set.of(), null, files), ignored -> {
                List<HistoryRow> rows = history.read(h).orElse(List.of());
                MigrationGraph graph = files.forHistory(recorded(rows));
                List<HistoryRow> unfinished = new HistoryCheck(graph, rows).unfinished();
                if (unfinished.isEmpty()) {
                    throw new SouthwardException("No migration is between migrations: nothing to recover.");
                }
                PlanRenderer renderer = new PlanRenderer(graph, dialect, classLoader);
                Collector done = new Collector(listener);
                try (JournalConnection journal = JournalConnection.open(db.jdbi(), dialect, history)) {
                    Recovery recovery = new Recovery(graph, dialect, history, renderer,
                            new Executor(history, renderer, dialect, done));
                    if (recovery.settleBatch(h, journal.handle(), unfinished)) {
                        unfinished = new HistoryCheck(graph, history.read(h).orElse(List.of())).unfinished();
                    }
                    for (HistoryRow row : unfinished) {
                        action.run(recovery, h, journal.handle(), row);
                    }
                }
                return new MigrateResult(done.done);
            });
        });
    }

    interface LockedWork<T> {
        T run(AutoCloseable lock);
    }

    /** Runs {@code work} holding the dialect's migration lock (a no-op on H2). */
    <T> T locked(Handle h, Context c, LockedWork<T> work) {
        AutoCloseable lock = c.dialect.lock(h, historyTable, lockTimeout);
        T result;
        try {
            result = work.run(lock);
        } catch (RuntimeException e) {
            release(lock, e);
            throw e;
        }
        release(lock, null);
        return result;
    }

    /** Releases the lock; when the work failed (its connection may be dead), a failed release is only attached. */
    private static void release(AutoCloseable lock, RuntimeException failure) {
        if (lock == null) {
            return;
        }
        try {
            lock.close();
        } catch (Exception e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                throw new SouthwardException("Cannot release the migration lock: " + e.getMessage(), e);
            }
        }
    }


    Plan plan(Context c, MigrateRequest request) {
        MigrationGraph graph = c.graph;
        c.check.refuseGhosts(request);
        refusePartlyApplied(graph, request);
        graph.checkConflicts();
        Planner planner = new Planner(graph, c.applied);
        if (request.app() == null) {
            return planner.all();
        }
        return request.target() == null ? planner.app(request.app()) : planner.to(request.app(), request.target());
    }

    /**
     * A squashed range partly applied: only a request naming the app and a target runs (to finish or undo the range
     * with the old files); everything else is refused with the way out.
     */
    private static void refusePartlyApplied(MigrationGraph graph, MigrateRequest request) {
        for (dev.southward.migrate.graph.PartialRange p : graph.partial()) {
            if (!p.filesHere() || !p.squash().app().equals(request.app()) || request.target() == null) {
                throw new HistoryMismatchException(p.message());
            }
        }
    }

    /** The migrations the history records as applied. */
    static Set<MigrationKey> recorded(List<HistoryRow> rows) {
        Set<MigrationKey> out = new java.util.HashSet<>();
        rows.stream().filter(HistoryRow::applied).forEach(r -> out.add(r.key()));
        return out;
    }

    /** Reads the history (the one query of a no-op start-up) and refuses edited or unfinished migrations. */
    Context context(Handle h, MigrationGraph graph) {
        Context c = read(h, graph);
        refuseUnfinished(h, graph, c);
        return c;
    }

    /** Reads the history (the one query of a no-op start-up) and refuses edited migrations. */
    Context read(Handle h, MigrationGraph graph) {
        return context(h, graph, new HistoryTable(historyTable, Dialects.forConnection(h.getConnection())).read(h));
    }

    /** The context of history rows already read; refuses edited migrations. */
    Context context(Handle h, MigrationGraph files, Optional<List<HistoryRow>> rows) {
        Dialect dialect = Dialects.forConnection(h.getConnection());
        HistoryTable history = new HistoryTable(historyTable, dialect);
        MigrationGraph graph = files.forHistory(recorded(rows.orElse(List.of())));
        HistoryCheck check = new HistoryCheck(graph, rows.orElse(List.of()), source);
        check.refuseEditedMigrations();
        return new Context(dialect, history, rows, check, check.applied(),
                new PlanRenderer(graph, dialect, classLoader), graph);
    }

    /**
     * After a full read found nothing to do: (re)writes the head row so that the next start-up reads one row, if
     * the history, read again under the lock, is exactly the files (see {@link Heads}).
     */
    void recordHead(Handle h, MigrationGraph graph, Context first, StartupCheck.Catalog catalog) {
        Map<String, String> files = catalog.read();
        if (Heads.digest(Heads.applied(first.rows.orElse(List.of())), files, graph) == null) {
            return; // ghosts, an app migrated back, or files the catalog cannot read: nothing to cache
        }
        locked(h, first, lock -> {
            Context c = lock == null ? first : read(h, graph);
            return Heads.write(h, c.history, Heads.applied(c.rows.orElse(List.of())), files, graph);
        });
    }

    private void refuseUnfinished(Handle h, MigrationGraph graph, Context c) {
        if (!c.check.unfinished().isEmpty()) {
            Recovery recovery = new Recovery(c.graph, c.dialect, c.history, c.renderer, null);
            c.check.refuseUnfinished(BetweenMigrations.explain(c.check.unfinished(), c.graph,
                    row -> recovery.diagnose(h, row)));
        }
    }

    /**
     * Under the lock, so no other process is running: a migration whose journal was left open but that the live
     * schema proves not started, or completely done (the process died before or right after its statements), is
     * settled without asking; anything else is reported as between migrations.
     */
    Context settle(Handle h, MigrationGraph graph, Context c) {
        if (c.check.unfinished().isEmpty()) {
            return c;
        }
        try (JournalConnection journal = JournalConnection.open(db.jdbi(), c.dialect, c.history)) {
            Recovery recovery = new Recovery(c.graph, c.dialect, c.history, c.renderer, null);
            Context now = recovery.settleBatch(h, journal.handle(), c.check.unfinished()) ? read(h, graph) : c;
            boolean settled = now != c;
            for (HistoryRow row : now.check.unfinished()) {
                settled |= recovery.settle(h, journal.handle(), row);
            }
            Context again = settled ? read(h, graph) : c;
            refuseUnfinished(h, graph, again);
            return again;
        }
    }

    /** What one call read: the dialect, the history (its rows, checked against the files), and the plan's tools. */
    record Context(Dialect dialect, HistoryTable history, Optional<List<HistoryRow>> rows,
            HistoryCheck check, Set<MigrationKey> applied, PlanRenderer renderer, MigrationGraph graph) {
    }
}
