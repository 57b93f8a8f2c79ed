package dev.southward.migrate;

/**
 * What {@link Southward#migrate(MigrateRequest)} should do: South's {@code migrate} options. Immutable.
 *
 * <pre>{@code
 * MigrateRequest.all()                          // every app to its latest migration
 * MigrateRequest.app("images")                  // one app (and what it depends on)
 * MigrateRequest.app("images").target("0002")   // forwards or backwards to 0002
 * MigrateRequest.app("images").target("zero")   // unapply the app completely
 * MigrateRequest.all().fake()                   // record without running SQL
 * }</pre>
 */
public final class MigrateRequest {
    private final String app;
    private final String target;
    private final boolean fake;
    private final boolean merge;
    private final boolean ignoreGhosts;
    private final boolean deleteGhosts;
    private final java.util.Set<String> ghostsNamed;

    private MigrateRequest(String app, String target, boolean fake, boolean merge, boolean ignoreGhosts,
            boolean deleteGhosts) {
        this(app, target, fake, merge, ignoreGhosts, deleteGhosts, java.util.Set.of());
    }

    private MigrateRequest(String app, String target, boolean fake, boolean merge, boolean ignoreGhosts,
            boolean deleteGhosts, java.util.Set<String> ghostsNamed) {
        if (target != null && app == null) {
            throw new IllegalArgumentException("a target needs an app (targets are per app, e.g. images 0002)");
        }
        this.app = app;
        this.target = target;
        this.fake = fake;
        this.merge = merge;
        this.ignoreGhosts = ignoreGhosts;
        this.deleteGhosts = deleteGhosts;
        this.ghostsNamed = java.util.Set.copyOf(ghostsNamed);
    }

    /**
     * Every app to its latest migration (the start-up call).
     *
     * @return the request
     */
    public static MigrateRequest all() {
        return new MigrateRequest(null, null, false, false, false, false);
    }

    /**
     * One app to its latest migration, or to a {@link #target}.
     *
     * @param app the app
     * @return the request
     */
    public static MigrateRequest app(String app) {
        return new MigrateRequest(app, null, false, false, false, false);
    }

    /**
     * A migration number ({@code 0004}), full name, or {@code zero}.
     *
     * @param newTarget the migration to stop at, forwards or backwards; {@code zero} unapplies the whole app
     * @return the new request
     */
    public MigrateRequest target(String newTarget) {
        return new MigrateRequest(app, newTarget, fake, merge, ignoreGhosts, deleteGhosts, ghostsNamed);
    }

    /**
     * Record (or unrecord) migrations in the history without running their SQL.
     *
     * @return the new request
     */
    public MigrateRequest fake() {
        return new MigrateRequest(app, target, true, merge, ignoreGhosts, deleteGhosts, ghostsNamed);
    }

    /**
     * Apply migrations that are pending although a later one of their app is applied.
     *
     * @return the new request
     */
    public MigrateRequest merge() {
        return new MigrateRequest(app, target, fake, true, ignoreGhosts, deleteGhosts, ghostsNamed);
    }

    /**
     * Go on although the history holds migrations that are not on the classpath.
     *
     * @return the new request
     */
    public MigrateRequest ignoreGhosts() {
        return new MigrateRequest(app, target, fake, merge, true, deleteGhosts, ghostsNamed);
    }

    /**
     * Delete history rows of migrations that are not among the migrations found, then go on. An app none of whose
     * recorded migrations is found (a wrong migrations folder looks exactly like that) is refused unless named
     * with {@link #deleteGhosts(String...)}.
     *
     * @return the new request
     */
    public MigrateRequest deleteGhosts() {
        return new MigrateRequest(app, target, fake, merge, ignoreGhosts, true, ghostsNamed);
    }

    /**
     * Like {@link #deleteGhosts()}, also for the apps or migrations named ({@code images}, or
     * {@code images.0003_x}) even where every recorded migration of the app is a ghost.
     *
     * @param named apps or {@code app.migration} names whose ghost rows may be deleted
     * @return the new request
     */
    public MigrateRequest deleteGhosts(String... named) {
        return new MigrateRequest(app, target, fake, merge, ignoreGhosts, true, java.util.Set.of(named));
    }

    /**
     * The apps and migrations named for {@link #deleteGhosts(String...)}.
     *
     * @return app names and {@code app.migration} names
     */
    public java.util.Set<String> ghostsNamed() {
        return ghostsNamed;
    }

    /**
     * Every app to its latest migration with no option: the start-up call, the only one a no-op can answer from
     * the history alone.
     */
    boolean isPlain() {
        return app == null && target == null && !fake && !merge && !deleteGhosts;
    }

    /**
     * The app to migrate.
     *
     * @return the app, or null for every app
     */
    public String app() {
        return app;
    }

    /**
     * The migration to stop at.
     *
     * @return the target as given, or null for the app's latest migration
     */
    public String target() {
        return target;
    }

    /**
     * Whether migrations are only recorded ({@link #fake()}).
     *
     * @return true when no SQL runs
     */
    public boolean isFake() {
        return fake;
    }

    /**
     * Whether out-of-order pending migrations are applied ({@link #merge()}).
     *
     * @return true when they are applied instead of refused
     */
    public boolean isMerge() {
        return merge;
    }

    /**
     * Whether ghost migrations are tolerated ({@link #ignoreGhosts()}).
     *
     * @return true when the run goes on despite them
     */
    public boolean isIgnoreGhosts() {
        return ignoreGhosts;
    }

    /**
     * Whether the rows of ghost migrations are deleted ({@link #deleteGhosts()}).
     *
     * @return true when they are deleted before the run
     */
    public boolean isDeleteGhosts() {
        return deleteGhosts;
    }
}
