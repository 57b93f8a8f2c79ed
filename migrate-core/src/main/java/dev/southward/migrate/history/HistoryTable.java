package dev.southward.migrate.history;

import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementException;

/**
 * The history table (the recorder): one row per applied migration, also used as a per-statement journal while a
 * migration runs, so a migration that stopped half-way is never mistaken for applied or for not applied.
 */
public final class HistoryTable {
    private final String table;
    private final Dialect dialect;
    private final String quoted;

    public HistoryTable(String table, Dialect dialect) {
        this.table = table;
        this.dialect = dialect;
        this.quoted = dialect.quote(table);
    }

    public String name() {
        return table;
    }

    /** Replaces each {@code {column}} of a SQL template with the quoted column name. */
    private String sql(String template) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(dialect.quote(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    /** The table's definition, rendered by the dialect like any model. */
    ModelState model() {
        return new ModelState("southward", "History", table, List.of(
                pk(FieldState.of("app", "app", FieldType.STRING), 100),
                pk(FieldState.of("name", "name", FieldType.STRING), 200),
                FieldState.of("checksum", "checksum", FieldType.STRING),
                FieldState.of("status", "status", FieldType.STRING),
                FieldState.of("stepsDone", "steps_done", FieldType.INT),
                FieldState.of("stepsTotal", "steps_total", FieldType.INT),
                FieldState.of("error", "error", FieldType.TEXT).withNullable(true),
                FieldState.of("appliedAt", "applied_at", FieldType.INSTANT),
                FieldState.of("durationMs", "duration_ms", FieldType.LONG)), List.of());
    }

    private static FieldState pk(FieldState f, int length) {
        return new FieldState(f.name(), f.column(), f.type(), length, null, null, false, null, true, false, false,
                false, null);
    }

    /**
     * All rows, in one query; empty when the table does not exist yet. This is the only query of a no-op
     * start-up.
     */
    public Optional<List<HistoryRow>> read(Handle handle) {
        try {
            return Optional.of(handle.createQuery(sql("SELECT {app}, {name}, {checksum}, {status}, {steps_done}, {steps_total}, "
                    + "{error}, {applied_at}, {duration_ms} FROM " + quoted)).map((rs, ctx) -> row(rs)).list());
        } catch (StatementException e) {
            if (exists(handle)) {
                throw e;
            }
            return Optional.empty();
        }
    }

    private static HistoryRow row(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("applied_at");
        return new HistoryRow(new MigrationKey(rs.getString("app"), rs.getString("name")), rs.getString("checksum"),
                rs.getString("status"), rs.getInt("steps_done"), rs.getInt("steps_total"), rs.getString("error"),
                at == null ? null : at.toInstant(), rs.getLong("duration_ms"));
    }

    private boolean exists(Handle handle) {
        try {
            Connection c = handle.getConnection();
            for (String candidate : List.of(table, table.toUpperCase(), table.toLowerCase())) {
                try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), candidate, null)) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            return false;
        }
    }

    public void create(Handle handle) {
        ModelState m = model();
        dialect.createTable(m, ProjectState.of(List.of(m))).forEach(handle::execute);
    }

    /** Records the intent before the first statement: the migration, its direction and how many statements. */
    public void start(Handle handle, MigrationKey key, String checksum, int total, boolean backwards) {
        if (backwards) {
            handle.createUpdate(sql("UPDATE " + quoted + " SET {status} = :status, {steps_done} = 0, {steps_total} = :total, "
                    + "{error} = NULL WHERE {app} = :app AND {name} = :name"))
                    .bind("status", HistoryRow.REVERTING).bind("total", total)
                    .bind("app", key.app()).bind("name", key.name()).execute();
        } else {
            handle.createUpdate(sql("INSERT INTO " + quoted + " ({app}, {name}, {checksum}, {status}, {steps_done}, {steps_total}, "
                    + "{applied_at}, {duration_ms}) VALUES (:app, :name, :checksum, :status, 0, :total, :at, 0)"))
                    .bind("app", key.app()).bind("name", key.name()).bind("checksum", checksum)
                    .bind("status", HistoryRow.APPLYING).bind("total", total)
                    .bind("at", Timestamp.from(Instant.now())).execute();
        }
    }

    /** Records that {@code done} statements are complete. */
    public void progress(Handle handle, MigrationKey key, int done) {
        handle.createUpdate(sql("UPDATE " + quoted + " SET {steps_done} = :done WHERE {app} = :app AND {name} = :name"))
                .bind("done", done).bind("app", key.app()).bind("name", key.name()).execute();
    }

    /** Records the failed statement's error; the row stays unfinished. */
    public void fail(Handle handle, MigrationKey key, int done, String error) {
        handle.createUpdate(sql("UPDATE " + quoted + " SET {steps_done} = :done, {error} = :error "
                + "WHERE {app} = :app AND {name} = :name")).bind("done", done).bind("error", error)
                .bind("app", key.app()).bind("name", key.name()).execute();
    }

    /** Undoes {@link #start} when the first statement failed: the row is as it was before. */
    public void abandon(Handle handle, MigrationKey key, boolean backwards) {
        if (backwards) {
            handle.createUpdate(sql("UPDATE " + quoted + " SET {status} = :status, {steps_done} = {steps_total}, {error} = NULL "
                    + "WHERE {app} = :app AND {name} = :name")).bind("status", HistoryRow.APPLIED)
                    .bind("app", key.app()).bind("name", key.name()).execute();
        } else {
            delete(handle, key);
        }
    }

    /** Marks a migration applied: the only way a row becomes {@code applied}. */
    public void applied(Handle handle, MigrationKey key, String checksum, int total, long durationMs) {
        handle.createUpdate(sql("UPDATE " + quoted + " SET {status} = :status, {checksum} = :checksum, {steps_done} = :total, "
                + "{steps_total} = :total, {error} = NULL, {applied_at} = :at, {duration_ms} = :ms "
                + "WHERE {app} = :app AND {name} = :name"))
                .bind("status", HistoryRow.APPLIED).bind("checksum", checksum).bind("total", total)
                .bind("at", Timestamp.from(Instant.now())).bind("ms", durationMs)
                .bind("app", key.app()).bind("name", key.name()).execute();
    }

    /** Records a migration as applied without running it (fake). */
    public void insertApplied(Handle handle, MigrationKey key, String checksum) {
        start(handle, key, checksum, 0, false);
        applied(handle, key, checksum, 0, 0);
    }

    public void delete(Handle handle, MigrationKey key) {
        handle.createUpdate(sql("DELETE FROM " + quoted + " WHERE {app} = :app AND {name} = :name"))
                .bind("app", key.app()).bind("name", key.name()).execute();
    }

    public void updateChecksum(Handle handle, MigrationKey key, String checksum) {
        handle.createUpdate(sql("UPDATE " + quoted + " SET {checksum} = :checksum WHERE {app} = :app AND {name} = :name"))
                .bind("checksum", checksum).bind("app", key.app()).bind("name", key.name()).execute();
    }
}
