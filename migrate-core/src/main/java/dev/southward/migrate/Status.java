package dev.southward.migrate;

import dev.southward.migrate.migration.MigrationKey;
import java.util.List;

/**
 * South's {@code migrate --list}: each app's migrations and whether they are applied.
 *
 * @param apps   per app, in name order
 * @param ghosts migrations in the history table that have no migration file
 */
public record Status(List<App> apps, List<MigrationKey> ghosts) {
    /**
     * Copies the lists.
     *
     * @param apps   per app, in name order
     * @param ghosts migrations in the history table that have no migration file
     */
    public Status {
        apps = List.copyOf(apps);
        ghosts = List.copyOf(ghosts);
    }

    /**
     * One app's migrations.
     *
     * @param name       the app
     * @param migrations its migrations in dependency order
     */
    public record App(String name, List<Entry> migrations) {
    }

    /**
     * One migration's state.
     *
     * @param key     the migration
     * @param state   applied, pending or partial
     * @param partial for {@link State#PARTIAL}: e.g. {@code 2 of 5 statements applied}
     */
    public record Entry(MigrationKey key, State state, String partial) {
    }

    /** Applied ({@code (*)}), not applied ({@code ( )}), or left between migrations ({@code (!)}). */
    public enum State {
        /** Applied: recorded as done in the history table. */
        APPLIED("(*)"),
        /** Not applied yet. */
        PENDING("( )"),
        /** Left between migrations: started and not finished. */
        PARTIAL("(!)");

        private final String mark;

        State(String mark) {
            this.mark = mark;
        }

        /**
         * The mark South's listing shows before the migration.
         *
         * @return {@code (*)}, {@code ( )} or {@code (!)}
         */
        public String mark() {
            return mark;
        }
    }

    /**
     * The South-style listing.
     *
     * @return the text, one line per app and migration, the ghosts at the end
     */
    public String render() {
        StringBuilder s = new StringBuilder();
        for (App app : apps) {
            s.append(' ').append(app.name()).append('\n');
            for (Entry e : app.migrations()) {
                s.append("  ").append(e.state().mark()).append(' ').append(e.key().name());
                if (e.partial() != null) {
                    s.append("  <- between migrations: ").append(e.partial());
                }
                s.append('\n');
            }
        }
        for (MigrationKey g : ghosts) {
            s.append(" ghost: ").append(g).append(" (in the history table, no migration file)\n");
        }
        return s.toString();
    }
}
