package dev.southward.migrate.history;

import dev.southward.migrate.HistoryMismatchException;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The history table (the recorder): one row per applied migration, also the per-statement journal while a
 * migration runs, so a migration that stopped half-way is never mistaken for applied or for not applied.
 */
public final class HistoryTable {
    private static final List<String> COLUMNS = List.of("app", "name", "checksum", "status", "steps_done",
            "steps_total", "statements", "error", "applied_at", "duration_ms");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private final String table;
    private final Dialect dialect;
    private final String quoted;
    /** Upsert SQL by number of rows. */
    private final Map<Integer, String> upserts = new HashMap<>();
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private Connection preparedOn;
    /** Whether this instance already marked the head row stale (once, before its first write). */
    private boolean headStale;

    /**
     * The history table of one schema.
     *
     * @param table   the table's name, validated and quoted by the dialect
     * @param dialect the database's dialect, which renders the table's DDL and upserts
     * @throws dev.southward.migrate.SouthwardException when the name is not a valid identifier
     */
    public HistoryTable(String table, Dialect dialect) {
        this.table = table;
        this.dialect = dialect;
        this.quoted = dialect.quote(table);
    }

    /**
     * The table's name as configured.
     *
     * @return the unquoted name
     */
    public String name() {
        return table;
    }

    /** Replaces each {@code {column}} of a SQL template with the quoted column name. */
    private String sql(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(dialect.quote(m.group(1))));
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
                FieldState.of("statements", "statements", FieldType.TEXT).withNullable(true),
                FieldState.of("error", "error", FieldType.TEXT).withNullable(true),
                FieldState.of("appliedAt", "applied_at", FieldType.DATETIME),
                FieldState.of("durationMs", "duration_ms", FieldType.LONG)), List.of());
    }

    private static FieldState pk(FieldState f, int length) {
        return new FieldState(f.name(), f.column(), f.type(), length, null, null, false, null, true, false, false,
                false, null);
    }

    /**
     * All rows, in one query; empty when the table does not exist yet. This is the only query of a no-op
     * start-up.
     *
     * @param handle the connection to read on
     * @return every row, or empty when the table does not exist
     * @throws dev.southward.migrate.HistoryMismatchException when the table exists but is not a Southward history table
     */
    public Optional<List<HistoryRow>> read(Handle handle) {
        try {
            return Optional.of(select(handle));
        } catch (StatementException e) {
            if (!exists(handle)) {
                return Optional.empty();
            }
            // Another process may have created the table in the meantime: read it now.
            try {
                return Optional.of(select(handle));
            } catch (StatementException again) {
                List<String> missing = missingColumns(handle);
                if (!missing.isEmpty()) {
                    throw new HistoryMismatchException("The table " + table + " exists but is not a Southward history "
                            + "table: it has no column " + String.join(", ", missing) + " (another tool, such as "
                            + "Flyway or Liquibase, may own it). Nothing was changed. Keep Southward's history "
                            + "elsewhere: Southward.withHistoryTable(\"southward_history\") in Java, "
                            + "-Dsouthward.historyTable=southward_history in Maven.", again);
                }
                throw again;
            }
        }
    }

    private List<HistoryRow> select(Handle handle) {
        List<HistoryRow> rows = handle.createQuery(sql("SELECT {app}, {name}, {checksum}, {status}, {steps_done}, "
                + "{steps_total}, {statements}, {error}, {applied_at}, {duration_ms} FROM " + quoted))
                .map((rs, ctx) -> row(rs)).list();
        return rows.stream().filter(r -> !HistoryHead.KEY.equals(r.key())).toList();
    }

    private static HistoryRow row(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("applied_at");
        return new HistoryRow(new MigrationKey(rs.getString("app"), rs.getString("name")), rs.getString("checksum"),
                rs.getString("status"), rs.getInt("steps_done"), rs.getInt("steps_total"),
                rs.getString("statements"), rs.getString("error"), at == null ? null : at.toInstant(),
                rs.getLong("duration_ms"));
    }

    /** Columns of ours the existing table lacks (empty when it has them all, or they cannot be read). */
    private List<String> missingColumns(Handle handle) {
        try {
            Connection c = handle.getConnection();
            java.util.Set<String> have = new java.util.HashSet<>();
            for (String candidate : List.of(table, table.toUpperCase(), table.toLowerCase())) {
                try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), candidate, null)) {
                    while (rs.next()) {
                        have.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            return have.isEmpty() ? List.of() : COLUMNS.stream().filter(col -> !have.contains(col)).toList();
        } catch (SQLException e) {
            return List.of();
        }
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

    /**
     * Creates the table (before the first migration is recorded).
     *
     * @param handle the connection to create it on
     */
    public void create(Handle handle) {
        ModelState m = model();
        dialect.createTable(m, ProjectState.of(List.of(m))).forEach(handle::execute);
    }

    /**
     * Writes rows in one statement (insert or update by app and name): the executor closes one migration and
     * opens the next with a single write.
     *
     * @param handle the journal connection (autocommitted)
     * @param rows   the rows to insert, or to update where a row of the same migration exists
     */
    public void write(Handle handle, List<HistoryRow> rows) {
        if (!headStale) {
            // The first write of this run also marks the head stale, in the same statement.
            List<HistoryRow> withHead = new java.util.ArrayList<>(rows);
            withHead.add(HistoryHead.stale());
            headStale = true;
            upsert(handle, withHead);
            return;
        }
        upsert(handle, rows);
    }

    /**
     * Writes the head row: the digest of the applied migrations, after a full read proved each of them applied
     * and unchanged and nothing else recorded (see {@link HistoryHead}). The caller holds the migration lock.
     *
     * @param handle the connection
     * @param digest {@link HistoryDigest} of the applied migrations
     * @param count  how many there are
     */
    public void writeHead(Handle handle, String digest, int count) {
        upsert(handle, List.of(HistoryHead.of(digest, count)));
        headStale = false;
    }

    private void upsert(Handle handle, List<HistoryRow> rows) {
        update(handle, upserts.computeIfAbsent(rows.size(), n -> dialect.upsert(table, COLUMNS, COLUMNS.subList(0, 2),
                n)), statement -> {
                    int i = 1;
                    for (HistoryRow r : rows) {
                        statement.setString(i++, r.key().app());
                        statement.setString(i++, r.key().name());
                        statement.setString(i++, r.checksum());
                        statement.setString(i++, r.status());
                        statement.setInt(i++, r.stepsDone());
                        statement.setInt(i++, r.stepsTotal());
                        statement.setString(i++, r.statements());
                        statement.setString(i++, r.error());
                        statement.setTimestamp(i++, Timestamp.from(r.appliedAt() == null ? Instant.now()
                                : r.appliedAt()));
                        statement.setLong(i++, r.durationMs());
                    }
                });
    }

    /**
     * Records that {@code done} statements of the current run are complete, and its status (with the running
     * mark when the next one is starting); clears any error (a resumed run starts afresh).
     *
     * @param handle the journal connection (autocommitted)
     * @param key    the migration that is running
     * @param done   how many statements of the current direction are complete
     * @param status the row's status, from {@link HistoryRow#status(boolean, boolean, boolean)}
     */
    public void progress(Handle handle, MigrationKey key, int done, String status) {
        staleHead(handle);
        update(handle, sql("UPDATE " + quoted + " SET {steps_done} = ?, {status} = ?, {error} = NULL WHERE {app} = ? "
                + "AND {name} = ?"), statement -> {
                    statement.setInt(1, done);
                    statement.setString(2, status);
                    statement.setString(3, key.app());
                    statement.setString(4, key.name());
                });
    }

    /**
     * Records the failed statement's error and the status (with the running mark when the connection broke, so
     * the server may have completed the statement: recovery then treats its outcome as unknown); the row stays
     * unfinished.
     *
     * @param handle the journal connection (autocommitted)
     * @param key    the migration whose statement failed
     * @param done   how many statements completed before the failed one
     * @param status the row's status, from {@link HistoryRow#status(boolean, boolean, boolean)}
     * @param error  the database's error message, shown by {@code list} and in the recovery report
     */
    public void fail(Handle handle, MigrationKey key, int done, String status, String error) {
        staleHead(handle);
        update(handle, sql("UPDATE " + quoted + " SET {steps_done} = ?, {status} = ?, {error} = ? WHERE {app} = ? "
                + "AND {name} = ?"), statement -> {
                    statement.setInt(1, done);
                    statement.setString(2, status);
                    statement.setString(3, error);
                    statement.setString(4, key.app());
                    statement.setString(5, key.name());
                });
    }

    /**
     * Deletes the row of a migration: it is no longer applied (unapplied, forgotten, or a ghost deleted).
     *
     * @param handle the connection to write on
     * @param key    the migration
     */
    public void delete(Handle handle, MigrationKey key) {
        staleHead(handle);
        update(handle, sql("DELETE FROM " + quoted + " WHERE {app} = ? AND {name} = ?"), statement -> {
            statement.setString(1, key.app());
            statement.setString(2, key.name());
        });
    }

    /**
     * Records a new checksum for an applied migration whose file was edited ({@code repair}).
     *
     * @param handle   the connection to write on
     * @param key      the migration
     * @param checksum the checksum of its file as it is now
     */
    public void updateChecksum(Handle handle, MigrationKey key, String checksum) {
        staleHead(handle);
        update(handle, sql("UPDATE " + quoted + " SET {checksum} = ? WHERE {app} = ? AND {name} = ?"), statement -> {
            statement.setString(1, checksum);
            statement.setString(2, key.app());
            statement.setString(3, key.name());
        });
    }

    /** Marks the head row stale before this instance's first change to the history (a cache, never the truth). */
    private void staleHead(Handle handle) {
        if (!headStale) {
            write(handle, List.of());
        }
    }

    /** Closes the statements kept for the journal connection (before it goes back to a pool). */
    public synchronized void release() {
        for (PreparedStatement statement : prepared.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                // closing is best effort: the connection closes what is left
            }
        }
        prepared.clear();
        preparedOn = null;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /**
     * Runs one journal write through plain JDBC, on a prepared statement kept for the connection: the journal
     * writes the same few statements once per migration, and a thousand migrations should not pay a thousand
     * statement preparations and Jdbi's binding machinery.
     */
    private synchronized void update(Handle handle, String sql, Binder binder) {
        Connection connection = handle.getConnection();
        try {
            if (connection != preparedOn) {
                prepared.clear(); // another connection: the statements of the last one went with it
                preparedOn = connection;
            }
            PreparedStatement statement = prepared.get(sql);
            if (statement == null || statement.isClosed()) {
                statement = connection.prepareStatement(sql);
                prepared.put(sql, statement);
            }
            binder.bind(statement);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    /**
     * Hashes of statements as stored in the journal, to tell later whether the statements that ran are still the
     * ones a migration renders: a CRC32 each, 8 hex digits, comma-separated.
     *
     * @param statements the statements of one direction of a migration, in order
     * @return their hashes, comma-separated; empty for no statement
     */
    public static String hashes(List<String> statements) {
        StringBuilder out = new StringBuilder(statements.size() * 9);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        for (String statement : statements) {
            crc.reset();
            crc.update(statement.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String hex = Long.toHexString(crc.getValue());
            out.append(out.length() == 0 ? "" : ",").append("00000000", hex.length(), 8).append(hex);
        }
        return out.toString();
    }
}
