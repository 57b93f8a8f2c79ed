package dev.southward.migrate;

import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.dialect.Dialects;
import dev.southward.migrate.dryrun.PreconditionChecker;
import dev.southward.migrate.execute.Executor;
import dev.southward.migrate.execute.MigrationListener;
import dev.southward.migrate.execute.PlanRenderer;
import dev.southward.migrate.execute.RenderedMigration;
import dev.southward.migrate.execute.StateReplayer;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.history.HistoryTable;
import dev.southward.migrate.loader.MigrationLoader;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.plan.Plan;
import dev.southward.migrate.plan.Planner;
import dev.southward.migrate.recovery.BetweenMigrations;
import dev.southward.migrate.recovery.Recovery;
import dev.southward.migrate.squash.SquashHistory;
import dev.southward.migrate.state.ProjectState;
import dev.southward.migrate.writer.MigrationMaker;
import dev.southward.migrate.writer.Update;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The Java API: South's {@code schemamigration} and {@code migrate} for an application. Immutable and
 * thread-safe; {@code with*} methods return configured copies.
 *
 * <pre>{@code
 * Southward southward = Southward.create(dataSource).withApps(ImagesApp.class, AccountsApp.class);
 * southward.migrate();                                   // at start-up: one query when nothing is pending
 * southward.migrate(MigrateRequest.app("images").target("0002"));
 * System.out.print(southward.list().render());
 * }</pre>
 */
public final class Southward {
    /** Where migrations live on the classpath unless configured otherwise. */
    public static final String DEFAULT_LOCATION = "southward/migrations";
    /** The history table's name unless configured otherwise. */
    public static final String DEFAULT_HISTORY_TABLE = "southward_history";
    /** How long to wait for another process holding the migration lock. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

    private final Connections db;
    private final List<Class<?>> apps;
    private final List<dev.southward.migrate.model.ModelSource> sources;
    private final String location;
    private final Path directory;
    private final String historyTable;
    private final ClassLoader classLoader;
    private final MigrationListener listener;
    private final Duration lockTimeout;

    private Southward(Connections db, List<Class<?>> apps, String location, Path directory, String historyTable,
            ClassLoader classLoader, MigrationListener listener, Duration lockTimeout) {
        this(db, apps, List.of(), location, directory, historyTable, classLoader, listener, lockTimeout);
    }

    private Southward(Connections db, List<Class<?>> apps, List<dev.southward.migrate.model.ModelSource> sources,
            String location, Path directory, String historyTable, ClassLoader classLoader, MigrationListener listener,
            Duration lockTimeout) {
        this.db = db;
        this.apps = List.copyOf(apps);
        this.sources = List.copyOf(sources);
        this.location = location;
        this.directory = directory;
        this.historyTable = historyTable;
        this.classLoader = classLoader;
        this.listener = listener;
        this.lockTimeout = lockTimeout;
    }

    /**
     * Southward on a data source; it opens (and closes) the connections it needs.
     *
     * @param dataSource where connections come from, e.g. the application's pool; Southward closes each one it opens
     * @return a Southward with the default location, history table, listener and lock timeout, and no apps yet
     */
    public static Southward create(DataSource dataSource) {
        return new Southward(new Connections(dataSource, null), List.of(), DEFAULT_LOCATION, null, DEFAULT_HISTORY_TABLE,
                Southward.class.getClassLoader(), new LoggingListener(), DEFAULT_LOCK_TIMEOUT);
    }

    /**
     * Southward on a configured {@link Jdbi}.
     *
     * @param jdbi the Jdbi whose handles Southward opens and closes
     * @return a Southward with the default location, history table, listener and lock timeout, and no apps yet
     */
    public static Southward create(Jdbi jdbi) {
        return new Southward(new Connections(null, jdbi), List.of(), DEFAULT_LOCATION, null, DEFAULT_HISTORY_TABLE,
                Southward.class.getClassLoader(), new LoggingListener(), DEFAULT_LOCK_TIMEOUT);
    }

    /**
     * The {@code @App} classes whose models {@link #makeMigrations} compares with the migrations.
     *
     * @param appClasses the classes annotated with {@code @App} (replacing earlier ones)
     * @return a copy with those apps
     */
    public Southward withApps(Class<?>... appClasses) {
        return new Southward(db, List.of(appClasses), sources, location, directory, historyTable, classLoader, listener, lockTimeout);
    }

    /**
     * Further sources of models beside the {@code @App} classes, e.g. {@code JpaModels} of the module
     * {@code migrate-jpa}; {@link #makeMigrations} compares all of them with the migrations.
     *
     * @param modelSources the sources (replacing earlier ones)
     * @return a copy with the sources
     */
    public Southward withModelSources(dev.southward.migrate.model.ModelSource... modelSources) {
        return new Southward(db, apps, List.of(modelSources), location, directory, historyTable, classLoader, listener,
                lockTimeout);
    }

    /**
     * The classpath folder holding {@code <app>/NNNN_name.json}; default {@value #DEFAULT_LOCATION}.
     *
     * @param classpathLocation the folder, relative to the classpath root, e.g. {@code db/southward}
     * @return a copy reading migrations from that location
     */
    public Southward withMigrationsLocation(String classpathLocation) {
        return new Southward(db, apps, sources, classpathLocation, directory, historyTable, classLoader, listener, lockTimeout);
    }

    /**
     * A source directory to read migrations from instead of the classpath, and to write new ones into, e.g.
     * {@code src/main/resources/southward/migrations}. Needed by {@link #makeMigrations}.
     *
     * @param sourceDirectory the folder holding one subfolder per app; it must exist
     * @return a copy reading and writing migrations in that folder
     */
    public Southward withMigrationsDirectory(Path sourceDirectory) {
        return new Southward(db, apps, sources, location, sourceDirectory, historyTable, classLoader, listener, lockTimeout);
    }

    /**
     * The table that records which migrations ran; default {@value #DEFAULT_HISTORY_TABLE}.
     *
     * @param table the table's name; an invalid identifier is refused when the table is first used
     * @return a copy using that history table
     */
    public Southward withHistoryTable(String table) {
        return new Southward(db, apps, sources, location, directory, table, classLoader, listener, lockTimeout);
    }

    /**
     * The class loader for migrations on the classpath and data migration classes.
     *
     * @param loader the class loader that finds migration files and {@code RunJava} classes
     * @return a copy using that class loader
     */
    public Southward withClassLoader(ClassLoader loader) {
        return new Southward(db, apps, sources, location, directory, historyTable, loader, listener, lockTimeout);
    }

    /**
     * Progress callbacks (the Maven plugin prints them). Replaces the default {@link LoggingListener}, which logs
     * each migration and a summary through SLF4J at INFO; pass {@link MigrationListener#NONE} for silence.
     *
     * @param newListener the listener told about each migration and statement, and the end of each run
     * @return a copy reporting to that listener
     */
    public Southward withListener(MigrationListener newListener) {
        return new Southward(db, apps, sources, location, directory, historyTable, classLoader, newListener, lockTimeout);
    }

    /**
     * How long {@link #migrate} waits for another process's migration lock (MySQL); default
     * {@link #DEFAULT_LOCK_TIMEOUT}.
     *
     * @param timeout the longest wait for the lock; zero fails at once when another process holds it
     * @return a copy with that timeout
     */
    public Southward withLockTimeout(Duration timeout) {
        return new Southward(db, apps, sources, location, directory, historyTable, classLoader, listener, timeout);
    }

    /**
     * Every app to its latest migration.
     *
     * @return the migrations applied, in order; empty when everything was up to date
     * @throws HistoryMismatchException when the history disagrees with the files (ghosts, edited migrations)
     * @throws BetweenMigrationsException when an earlier run stopped half-way and must be recovered first
     * @throws MigrationFailedException when a statement fails; the database is then between migrations
     */
    public MigrateResult migrate() {
        return migrate(MigrateRequest.all());
    }

    /**
     * Applies or unapplies migrations as requested.
     *
     * @param request what to migrate: every app, one app, a target (or {@code zero}), and the run's options
     * @return the migrations applied or unapplied in order, the ghosts deleted and the ghosts ignored
     * @throws HistoryMismatchException when the history disagrees with the files and the request does not allow it
     * @throws MigrationGraphException when the migrations conflict or the target does not exist
     * @throws IrreversibleMigrationException when going backwards meets an operation that cannot be reversed
     * @throws BetweenMigrationsException when an earlier run stopped half-way and must be recovered first
     * @throws MigrationFailedException when a statement fails; the database is then between migrations
     */
    public MigrateResult migrate(MigrateRequest request) {
        checkDirectory();
        StartupCheck.FileCatalog catalog = new StartupCheck.FileCatalog(directory, classLoader, location);
        StartupCheck.Probe probe = request.isPlain() ? db.probe(historyTable, catalog) : StartupCheck.Probe.UNKNOWN;
        if (probe.upToDate()) {
            return completed(new MigrateResult(List.of()));
        }
        MigrationGraph graph = graph();
        return completed(jdbi().withHandle(h -> {
            Context first = probe.rows() != null ? context(h, graph, Optional.of(probe.rows())) : read(h, graph);
            if (first.check.unfinished().isEmpty() && plan(first, request).isEmpty()
                    && !(request.isDeleteGhosts() && !first.check.ghosts().isEmpty())
                    && SquashHistory.missing(first.graph, first.rows.orElse(List.of())).isEmpty()) {
                if (request.isPlain()) {
                    recordHead(h, graph, first, catalog);
                }
                return new MigrateResult(List.of(), List.of(), ignored(request, first));
            }
            return locked(h, first, lock -> {
                Context c = settle(h, graph, lock == null ? first : read(h, graph));
                List<MigrationKey> deleted = request.isDeleteGhosts() ? c.check.deletableGhosts(request) : List.of();
                deleted.forEach(g -> c.history.delete(h, g));
                Plan plan = plan(c, request);
                c.check.refuseOutOfOrder(plan, request.isMerge());
                List<RenderedMigration> rendered = c.renderer.render(plan, c.applied);
                if (c.rows.isEmpty()) {
                    c.history.create(h);
                }
                Collector done = new Collector(listener);
                long start = System.nanoTime();
                Map<String, String> applied;
                try (JournalConnection journal = JournalConnection.open(jdbi(), c.dialect, c.history)) {
                    recordSquashes(c, journal.handle(), c.rows.orElse(List.of()), plan);
                    new Executor(c.history, c.renderer, c.dialect, done).withCompanions(SquashHistory.companions(
                            c.graph, plan, c.rows.orElse(List.of()))).run(h, journal.handle(), rendered,
                            request.isFake());
                    applied = Heads.after(c.rows.orElse(List.of()), deleted, done.done, graph);
                    if (!c.graph.squashes().isEmpty()) {
                        // The rows read again (still under the lock) plus those written here are the history now.
                        List<HistoryRow> now = new ArrayList<>(c.history.read(journal.handle()).orElse(List.of()));
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
                Heads.write(h, c.history, applied, catalog.read(), graph);
                return new MigrateResult(done.done, deleted, ignored(request, c));
            });
        }));
    }

    /** The ghosts a run goes on despite, with ignore-ghost-migrations. */
    private static List<MigrationKey> ignored(MigrateRequest request, Context c) {
        return request.isIgnoreGhosts() && !request.isDeleteGhosts() ? c.check.ghosts() : List.of();
    }

    /** Tells the listener how the run ended (the INFO summary of the default listener) and returns the result. */
    private MigrateResult completed(MigrateResult result) {
        listener.completed(result);
        return result;
    }

    /**
     * Resumes a migration left between migrations: verifies the applied part, then runs the rest.
     *
     * @return the migrations completed by resuming, the one that was between migrations first
     * @throws SouthwardException when no migration is between migrations, or the applied part does not match
     */
    public MigrateResult resume() {
        return resume(null);
    }

    /**
     * Resumes a migration left between migrations whose statement running at the stop has an unknown outcome
     * (see {@link StatementOutcome}); with {@code null}, like {@link #resume()}, refuses such a one.
     *
     * @param outcome whether the statement running at the stop took effect, or null when it must be known already
     * @return the migrations completed by resuming, the one that was between migrations first
     * @throws SouthwardException when no migration is between migrations, or its state cannot be established
     */
    public MigrateResult resume(StatementOutcome outcome) {
        return recover((r, h, journal, row) -> r.resume(h, journal, row, outcome));
    }

    /**
     * Reverts a migration left between migrations: undoes exactly what ran, back to the state before it.
     *
     * @return the migrations undone by reverting
     * @throws SouthwardException when no migration is between migrations, or what ran cannot be undone
     */
    public MigrateResult revert() {
        return revert(null);
    }

    /**
     * Like {@link #revert()}, with the answer for a statement whose outcome is unknown.
     *
     * @param outcome whether the statement running at the stop took effect, or null when it must be known already
     * @return the migrations undone by reverting
     * @throws SouthwardException when no migration is between migrations, or what ran cannot be undone
     */
    public MigrateResult revert(StatementOutcome outcome) {
        return recover((r, h, journal, row) -> r.revert(h, journal, row, outcome));
    }

    /**
     * Marks a migration left between migrations as done after a fix by hand; refuses, listing the differences,
     * when the live schema does not match its state, unless {@code force}.
     *
     * @param force true to record the migration as applied even though the live schema differs from its state
     * @return the migration recorded as applied
     * @throws SouthwardException when no migration is between migrations, or the schema differs and not {@code force}
     */
    public MigrateResult markApplied(boolean force) {
        return recover((r, h, journal, row) -> r.markApplied(h, journal, row, force));
    }

    /**
     * Records squashes and the migrations they replace alike (see {@link SquashHistory}): the rows missing, and,
     * before a squash is unapplied, no more rows for what it replaces.
     */
    private static List<HistoryRow> recordSquashes(Context c, Handle journal, List<HistoryRow> rows, Plan plan) {
        List<HistoryRow> missing = SquashHistory.missing(c.graph, rows);
        if (!missing.isEmpty()) {
            c.history.write(journal, missing);
        }
        SquashHistory.forgotten(c.graph, plan, rows).forEach(k -> c.history.delete(journal, k));
        return missing;
    }

    private interface RecoveryAction {
        void run(Recovery recovery, Handle h, Handle journal, HistoryRow row);
    }

    private MigrateResult recover(RecoveryAction action) {
        MigrationGraph files = graph();
        return jdbi().withHandle(h -> {
            Dialect dialect = Dialects.forConnection(h.getConnection());
            HistoryTable history = new HistoryTable(historyTable, dialect);
            return locked(h, new Context(dialect, history, Optional.empty(), null, Set.of(), null, files), ignored -> {
                MigrationGraph graph = files.forHistory(recorded(history.read(h).orElse(List.of())));
                List<HistoryRow> unfinished = new HistoryCheck(graph, history.read(h).orElse(List.of())).unfinished();
                if (unfinished.isEmpty()) {
                    throw new SouthwardException("No migration is between migrations: nothing to recover.");
                }
                PlanRenderer renderer = new PlanRenderer(graph, dialect, classLoader);
                Collector done = new Collector(listener);
                try (JournalConnection journal = JournalConnection.open(jdbi(), dialect, history)) {
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

    private interface LockedWork<T> {
        T run(AutoCloseable lock);
    }

    /** Runs {@code work} holding the dialect's migration lock (a no-op on H2). */
    private <T> T locked(Handle h, Context c, LockedWork<T> work) {
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

    /**
     * The plan a request would run, without running it.
     *
     * @param request what to migrate, as for {@link #migrate(MigrateRequest)}
     * @return the migrations that would be applied or unapplied, in order
     * @throws HistoryMismatchException when the history disagrees with the files and the request does not allow it
     * @throws MigrationGraphException when the migrations conflict or the target does not exist
     */
    public Plan plan(MigrateRequest request) {
        MigrationGraph graph = graph();
        return jdbi().withHandle(h -> {
            return plan(context(h, graph), request);
        });
    }

    /**
     * South's {@code --db-dry-run}: renders every statement of the plan and checks its preconditions against the
     * live schema and data. Executes no DDL and writes nothing.
     *
     * @param request what to migrate, as for {@link #migrate(MigrateRequest)}
     * @return every statement the run would execute, and every problem the checks found
     * @throws HistoryMismatchException when the history disagrees with the files and the request does not allow it
     * @throws MigrationGraphException when the migrations conflict or the target does not exist
     */
    public DryRunResult dryRun(MigrateRequest request) {
        MigrationGraph graph = graph();
        return jdbi().withHandle(h -> {
            Context c = context(h, graph);
            Plan plan = plan(c, request);
            c.check.refuseOutOfOrder(plan, request.isMerge());
            Map<MigrationKey, ProjectState> states = c.renderer.statesBefore(plan, c.applied);
            List<RenderedMigration> rendered = c.renderer.render(plan, states);
            List<String> problems = new ArrayList<>(rendered.isEmpty() ? List.of() : c.dialect.serverProblems(h));
            problems.addAll(new PreconditionChecker(c.dialect, h, c.dialect.introspector().read(h))
                    .check(rendered, states));
            return new DryRunResult(rendered, problems);
        });
    }

    /**
     * South's {@code migrate --list}.
     *
     * @return each app's migrations, with applied, pending, ghost and between-migrations marks
     */
    public Status list() {
        MigrationGraph files = graph();
        return jdbi().withHandle(h -> {
            Dialect dialect = Dialects.forConnection(h.getConnection());
            HistoryTable history = new HistoryTable(historyTable, dialect);
            List<HistoryRow> rows = history.read(h).orElse(List.of());
            MigrationGraph graph = files.forHistory(recorded(rows));
            return Listing.status(graph, rows,
                    new Recovery(graph, dialect, history, new PlanRenderer(graph, dialect, classLoader), null), h);
        });
    }

    /**
     * The live schema compared with the state of each app's last applied migration.
     *
     * @return for each app, the differences between the live schema and the expected state; empty ones when it matches
     */
    public VerifyResult verify() {
        MigrationGraph files = graph();
        return jdbi().withHandle(h -> {
            Dialect dialect = Dialects.forConnection(h.getConnection());
            List<HistoryRow> rows = new HistoryTable(historyTable, dialect).read(h).orElse(List.of());
            MigrationGraph graph = files.forHistory(recorded(rows));
            return Verification.verify(graph, new HistoryCheck(graph, rows).applied(), dialect,
                    dialect.introspector().read(h));
        });
    }

    /**
     * South's {@code schemamigration}: writes new migration files (or, in check mode, only reports).
     *
     * @param request which apps, and how: automatic, initial, empty, merge, update, check or print only
     * @return the files written (or, in check and print-only mode, that would be written)
     * @throws SouthwardException when no migrations directory is configured
     * @throws ModelDefinitionException when the models are invalid
     * @throws UnansweredQuestionsException when the autodetector needs answers that the request does not give
     */
    public MakeResult makeMigrations(MakeRequest request) {
        if (directory == null) {
            throw new SouthwardException("makeMigrations writes into a source directory: configure "
                    + "withMigrationsDirectory(Path.of(\"src/main/resources/" + location + "\"))");
        }
        var models = dev.southward.migrate.model.ModelSources.scan(apps, sources);
        // Every declared app, also one whose last model was deleted (so that an all-apps run makes it).
        Set<String> declared = new java.util.TreeSet<>(
                dev.southward.migrate.model.ModelScanner.appNames(apps));
        models.models().values().forEach(m -> declared.add(m.app()));
        MakeResult made;
        if (request.isUpdate()) {
            Update update = Update.of(migrations(), request.apps());
            made = new MigrationMaker(models, declared, MigrationGraph.of(update.remaining()), directory)
                    .make(request);
            made = request.isCheck() || request.isPrintOnly() ? made : update.finish(made, directory);
        } else {
            made = new MigrationMaker(models, declared, MigrationGraph.of(migrations()), directory).make(request);
        }
        if (!request.isCheck() && !request.isPrintOnly()) {
            Set<Path> apps = new java.util.TreeSet<>();
            made.migrations().forEach(m -> apps.add(m.path().getParent()));
            apps.forEach(Southward::writeIndex);
        }
        return made;
    }

    /**
     * Writes the index of every app folder of the migrations directory ({@code <app>/migrations.index}, see
     * {@code docs/file-format.md}), so that a start-up in a new JVM reads one small file per app instead of every
     * migration file. {@link #makeMigrations} and {@link #squashMigrations} keep the index of the apps they write
     * up to date; this is the build step for the others (e.g. files written or edited by hand, or copied).
     *
     * @return the index files written
     * @throws SouthwardException when no migrations directory is configured, or a file cannot be read or written
     */
    public List<Path> writeMigrationIndexes() {
        if (directory == null) {
            throw new SouthwardException("writeMigrationIndexes writes into a migrations directory: configure "
                    + "withMigrationsDirectory(Path.of(\"src/main/resources/" + location + "\"))");
        }
        try {
            return dev.southward.migrate.loader.MigrationIndex.writeAll(directory);
        } catch (java.io.IOException e) {
            throw new SouthwardException("Cannot write the migrations indexes in " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    private static Path writeIndex(Path appDir) {
        try {
            return dev.southward.migrate.loader.MigrationIndex.write(appDir);
        } catch (java.io.IOException e) {
            throw new SouthwardException("Cannot write the migrations index of " + appDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Django's {@code squashmigrations}: writes one migration replacing a range of an app's migrations (see
     * {@link SquashRequest}) into the source directory. Reads no database.
     *
     * @param request the app and range
     * @return what was written
     */
    public SquashResult squashMigrations(SquashRequest request) {
        if (directory == null) {
            throw new SouthwardException("squashMigrations writes into a source directory: configure "
                    + "withMigrationsDirectory(Path.of(\"src/main/resources/" + location + "\"))");
        }
        if (request.to() == null) {
            throw new SouthwardException("Squash: give the last migration of the range (-Dto=0040; Java API: "
                    + "SquashRequest.app(\"" + request.app() + "\").to(\"0040\"))");
        }
        dev.southward.migrate.squash.Squasher.Squash s = dev.southward.migrate.squash.Squasher.squash(graph(),
                request.app(), request.from(), request.to(), request.name(), request.optimize());
        Path file = directory.resolve(request.app()).resolve(s.key().name() + ".json");
        try {
            java.nio.file.Files.writeString(file, s.content(), java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (java.io.IOException e) {
            throw new SouthwardException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        writeIndex(file.getParent());
        return new SquashResult(s.key(), file, s.replaces(), s.before(), s.after());
    }

    /**
     * The forwards or backwards SQL of one migration (South's {@code sqlmigrate}).
     *
     * @param app       the app
     * @param migration the migration's name or unique prefix, e.g. {@code 0002}
     * @param backwards true for the statements that unapply it
     * @return the statements, in the order they would run
     * @throws MigrationGraphException when no migration, or more than one, matches
     */
    public List<String> sql(String app, String migration, boolean backwards) {
        MigrationGraph graph = graph();
        MigrationKey key = graph.resolve(app, migration);
        return jdbi().withHandle(h -> {
            Dialect dialect = Dialects.forConnection(h.getConnection());
            ProjectState before = StateReplayer.statesBefore(graph, graph.ancestors(key)).get(key);
            return new PlanRenderer(graph, dialect, classLoader).render(graph.get(key), backwards, before).sql();
        });
    }

    /**
     * Records the current checksum of every applied migration whose file changed.
     *
     * @return the applied migrations whose recorded checksum was updated
     */
    public List<MigrationKey> repair() {
        MigrationGraph graph = graph();
        return jdbi().withHandle(h -> {
            Dialect dialect = Dialects.forConnection(h.getConnection());
            HistoryTable history = new HistoryTable(historyTable, dialect);
            // Under the lock, like every change to the history: a head row is written only under it.
            return locked(h, new Context(dialect, history, Optional.empty(), null, Set.of(), null, graph), ignored -> {
                List<MigrationKey> repaired = new ArrayList<>();
                for (HistoryRow r : history.read(h).orElse(List.of())) {
                    if (r.applied() && graph.contains(r.key()) && !graph.get(r.key()).checksum().equals(r.checksum())) {
                        history.updateChecksum(h, r.key(), graph.get(r.key()).checksum());
                        repaired.add(r.key());
                    }
                }
                return repaired;
            });
        });
    }

    /**
     * All migrations, loaded from the source directory when one is configured, else from the classpath.
     *
     * @return every migration file of every app
     * @throws MigrationFileException when a file cannot be read
     */
    public List<Migration> migrations() {
        return directory != null ? MigrationLoader.fromDirectory(directory)
                : MigrationLoader.fromClasspath(classLoader, location);
    }

    private Jdbi jdbi() {
        return db.jdbi();
    }

    private MigrationGraph graph() {
        checkDirectory();
        return MigrationGraph.of(migrations());
    }

    /**
     * A configured migrations directory must exist: a wrong path would otherwise look like an empty history, and
     * every applied migration like a ghost.
     */
    private void checkDirectory() {
        if (directory != null && !java.nio.file.Files.isDirectory(directory)) {
            throw new MigrationFileException("The migrations directory " + directory.toAbsolutePath() + " "
                    + (java.nio.file.Files.exists(directory) ? "is not a directory" : "does not exist") + ". Check "
                    + "the migrations directory setting; a new project makes it with its first migration "
                    + "(schemamigration -Dinitial).");
        }
    }

    /** Where migrations are read from, for messages. */
    private String source() {
        return directory != null ? "the folder " + directory.toAbsolutePath().normalize()
                : "the classpath location " + location;
    }

    private Plan plan(Context c, MigrateRequest request) {
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
    private static Set<MigrationKey> recorded(List<HistoryRow> rows) {
        Set<MigrationKey> out = new java.util.HashSet<>();
        rows.stream().filter(HistoryRow::applied).forEach(r -> out.add(r.key()));
        return out;
    }

    /** Reads the history (the one query of a no-op start-up) and refuses edited or unfinished migrations. */
    private Context context(Handle h, MigrationGraph graph) {
        Context c = read(h, graph);
        refuseUnfinished(h, graph, c);
        return c;
    }

    /** Reads the history (the one query of a no-op start-up) and refuses edited migrations. */
    private Context read(Handle h, MigrationGraph graph) {
        return context(h, graph, new HistoryTable(historyTable, Dialects.forConnection(h.getConnection())).read(h));
    }

    /** The context of history rows already read; refuses edited migrations. */
    private Context context(Handle h, MigrationGraph files, Optional<List<HistoryRow>> rows) {
        Dialect dialect = Dialects.forConnection(h.getConnection());
        HistoryTable history = new HistoryTable(historyTable, dialect);
        MigrationGraph graph = files.forHistory(recorded(rows.orElse(List.of())));
        HistoryCheck check = new HistoryCheck(graph, rows.orElse(List.of()), source());
        check.refuseEditedMigrations();
        return new Context(dialect, history, rows, check, check.applied(),
                new PlanRenderer(graph, dialect, classLoader), graph);
    }

    /**
     * After a full read found nothing to do: (re)writes the head row so that the next start-up reads one row, if
     * the history, read again under the lock, is exactly the files (see {@link Heads}).
     */
    private void recordHead(Handle h, MigrationGraph graph, Context first, StartupCheck.Catalog catalog) {
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
    private Context settle(Handle h, MigrationGraph graph, Context c) {
        if (c.check.unfinished().isEmpty()) {
            return c;
        }
        try (JournalConnection journal = JournalConnection.open(jdbi(), c.dialect, c.history)) {
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

    private record Context(Dialect dialect, HistoryTable history, Optional<List<HistoryRow>> rows,
            HistoryCheck check, Set<MigrationKey> applied, PlanRenderer renderer, MigrationGraph graph) {
    }
}
