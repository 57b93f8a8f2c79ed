package dev.southward.migrate;

import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.dialect.Dialects;
import dev.southward.migrate.dryrun.PreconditionChecker;
import dev.southward.migrate.execute.MigrationListener;
import dev.southward.migrate.execute.PlanRenderer;
import dev.southward.migrate.execute.RenderedMigration;
import dev.southward.migrate.execute.StateReplayer;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.history.HistoryRow;
import dev.southward.migrate.history.HistoryTable;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.plan.Plan;
import dev.southward.migrate.recovery.Recovery;
import dev.southward.migrate.state.ProjectState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
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
        return completed(session().migrate(graph(), request, catalog, probe));
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
        return session().recover(graph(), (r, h, journal, row) -> r.resume(h, journal, row, outcome));
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
        return session().recover(graph(), (r, h, journal, row) -> r.revert(h, journal, row, outcome));
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
        return session().recover(graph(), (r, h, journal, row) -> r.markApplied(h, journal, row, force));
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
            Session session = session();
            return session.plan(session.context(h, graph), request);
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
            Session session = session();
            Session.Context c = session.context(h, graph);
            Plan plan = session.plan(c, request);
            c.check().refuseOutOfOrder(plan, request.isMerge());
            Map<MigrationKey, ProjectState> states = c.renderer().statesBefore(plan, c.applied());
            List<RenderedMigration> rendered = c.renderer().render(plan, states);
            List<String> problems = new ArrayList<>(rendered.isEmpty() ? List.of() : c.dialect().serverProblems(h));
            problems.addAll(new PreconditionChecker(c.dialect(), h, c.dialect().introspector().read(h))
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
            MigrationGraph graph = files.forHistory(Session.recorded(rows));
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
            MigrationGraph graph = files.forHistory(Session.recorded(rows));
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
        return folder().make(dev.southward.migrate.model.ModelSources.scan(apps, sources),
                dev.southward.migrate.model.ModelScanner.appNames(apps), request);
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
        return folder().writeIndexes();
    }

    /**
     * Django's {@code squashmigrations}: writes one migration replacing a range of an app's migrations (see
     * {@link SquashRequest}) into the source directory. Reads no database.
     *
     * @param request the app and range
     * @return what was written
     */
    public SquashResult squashMigrations(SquashRequest request) {
        return folder().squash(request);
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
            return session().locked(h, new Session.Context(dialect, history, Optional.empty(), null, Set.of(), null,
                    graph), ignored -> {
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
        return folder().migrations();
    }

    private Jdbi jdbi() {
        return db.jdbi();
    }

    private MigrationGraph graph() {
        return folder().graph();
    }

    private void checkDirectory() {
        folder().checkDirectory();
    }

    private SourceFolder folder() {
        return new SourceFolder(directory, location, classLoader);
    }

    private Session session() {
        return new Session(db, historyTable, classLoader, listener, lockTimeout, folder().source());
    }
}
