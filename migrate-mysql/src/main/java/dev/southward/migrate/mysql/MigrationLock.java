package dev.southward.migrate.mysql;

import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.state.Names;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The migration lock: a session-level {@code GET_LOCK} named per schema and history table, held for the whole run.
 * It goes away with its session, so a killed holder never leaves a stale lock behind.
 */
final class MigrationLock implements AutoCloseable {
    private final Handle handle;
    private final String name;

    private MigrationLock(Handle handle, String name) {
        this.handle = handle;
        this.name = name;
    }

    static MigrationLock acquire(Handle handle, String historyTable, Duration timeout) {
        String schema = handle.createQuery("SELECT DATABASE()").mapTo(String.class).one();
        String name = "southward:" + schema + "." + historyTable;
        if (name.length() > 64) {
            // MySQL limits lock names to 64 characters.
            name = "southward:" + Names.sha256(name).substring(0, 40);
        }
        // GET_LOCK counts whole seconds: round a partial second up, so that 500 ms does not become "do not wait".
        long seconds = timeout.isNegative() ? 0 : (timeout.toMillis() + 999) / 1000;
        Integer got = handle.createQuery("SELECT GET_LOCK(:name, :seconds)").bind("name", name)
                .bind("seconds", seconds).mapTo(Integer.class).findOne().orElse(null);
        if (got == null || got != 1) {
            throw new SouthwardException("Timed out after " + seconds + " s waiting for the migration "
                    + "lock '" + name + "'" + holder(handle, name) + ". Another migrate is running; wait for it, or "
                    + "if that process hangs, stop it (the lock goes away with its connection).");
        }
        return new MigrationLock(handle, name);
    }

    private static String holder(Handle handle, String name) {
        Optional<Long> id = handle.createQuery("SELECT IS_USED_LOCK(:name)").bind("name", name).mapTo(Long.class)
                .findOne();
        if (id.isEmpty()) {
            return "";
        }
        Optional<Map<String, Object>> who = handle.createQuery("SELECT USER, HOST FROM information_schema.PROCESSLIST "
                + "WHERE ID = :id").bind("id", id.get()).mapToMap().findOne();
        return " held by connection " + id.get() + who.map(w -> " (" + w.get("user") + "@" + w.get("host") + ")")
                .orElse("");
    }

    @Override
    public void close() {
        handle.createQuery("SELECT RELEASE_LOCK(:name)").bind("name", name).mapTo(Integer.class).findOne();
    }
}
