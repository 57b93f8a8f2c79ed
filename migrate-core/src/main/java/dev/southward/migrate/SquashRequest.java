package dev.southward.migrate;

/**
 * What {@link Southward#squashMigrations} squashes: an app's migrations from {@code from} (default: the first) to
 * {@code to}, into one migration named {@code NNNN_squashed_<to>} or {@code NNNN_<name>}, its operations folded
 * unless {@link #noOptimize()}.
 *
 * <pre>{@code
 * southward.squashMigrations(SquashRequest.app("images").to("0040"));
 * }</pre>
 */
public final class SquashRequest {
    private final String app;
    private final String from;
    private final String to;
    private final String name;
    private final boolean optimize;

    private SquashRequest(String app, String from, String to, String name, boolean optimize) {
        this.app = app;
        this.from = from;
        this.to = to;
        this.name = name;
        this.optimize = optimize;
    }

    /**
     * Squashes migrations of one app; give the end with {@link #to}.
     *
     * @param app the app
     * @return the request
     */
    public static SquashRequest app(String app) {
        return new SquashRequest(app, null, null, null, true);
    }

    /**
     * The first migration of the range (a number, a name or a unique prefix); default the app's first.
     *
     * @param first the first migration
     * @return a changed copy
     */
    public SquashRequest from(String first) {
        return new SquashRequest(app, first, to, name, optimize);
    }

    /**
     * The last migration of the range (a number, a name or a unique prefix); required.
     *
     * @param last the last migration
     * @return a changed copy
     */
    public SquashRequest to(String last) {
        return new SquashRequest(app, from, last, name, optimize);
    }

    /**
     * The name after the number, instead of {@code squashed_<last>}.
     *
     * @param newName the name
     * @return a changed copy
     */
    public SquashRequest name(String newName) {
        return new SquashRequest(app, from, to, newName, optimize);
    }

    /**
     * Keeps the operations as they are (elidable data migrations are still dropped).
     *
     * @return a changed copy
     */
    public SquashRequest noOptimize() {
        return new SquashRequest(app, from, to, name, false);
    }

    /** @return the app */
    public String app() {
        return app;
    }

    /** @return the first migration of the range, or null for the app's first */
    public String from() {
        return from;
    }

    /** @return the last migration of the range */
    public String to() {
        return to;
    }

    /** @return the name after the number, or null */
    public String name() {
        return name;
    }

    /** @return whether the operations are folded */
    public boolean optimize() {
        return optimize;
    }
}
