package dev.southward.migrate.mysql.crash;

import dev.southward.migrate.StatementOutcome;
import dev.southward.migrate.mysql.testing.MySqlDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Kills a {@link CrashChild} while a given statement of its command runs in the server: holds a write lock on the
 * app's tables so that statement waits in the server, kills the JVM with SIGKILL, then lets the server either
 * finish the orphaned statement ({@link Variant#COMPLETES}) or abort it ({@link Variant#ABORTED}).
 */
final class Crasher {
    /** What becomes of the statement running when the JVM dies. */
    enum Variant { COMPLETES, ABORTED }

    /**
     * Where the child was killed; {@code sql} is null when it finished before reaching the statement.
     * {@code before} is the fingerprint of the data just before the killed statement started.
     */
    record Crash(String sql, String childOutput, String before) {
        boolean happened() {
            return sql != null;
        }

        /** What an operator finds by looking at the data: whether the killed statement changed it. */
        StatementOutcome truth(String now) {
            return before.equals(now) ? StatementOutcome.NO_EFFECT : StatementOutcome.TOOK_EFFECT;
        }
    }

    private final MySqlDatabase db;
    private final Path dir;
    private final List<String> tables;
    private final Supplier<String> fingerprint;

    Crasher(MySqlDatabase db, Path dir, List<String> tables, Supplier<String> fingerprint) {
        this.db = db;
        this.dir = dir;
        this.tables = tables;
        this.fingerprint = fingerprint;
    }

    /** Runs {@code command} in a child JVM and kills it during its statement number {@code at} (from 0). */
    Crash run(String command, StatementOutcome outcome, int at, Variant variant) throws Exception {
        Process child = CrashChild.start(db.jdbcUrl(), db.server().user(), db.server().password(), dir, command,
                outcome);
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8)); Writer in = new OutputStreamWriter(child.getOutputStream(),
                StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null) {
                output.append(line).append('\n');
                if (!line.startsWith("AT ")) {
                    continue;
                }
                int space = line.indexOf(' ', 3);
                int n = Integer.parseInt(line.substring(3, space));
                if (n < at) {
                    in.write("GO\n");
                    in.flush();
                    continue;
                }
                String sql = line.substring(space + 1);
                String before = fingerprint.get();
                killDuring(child, in, sql, variant);
                return new Crash(sql, output.toString(), before);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        return new Crash(null, output.toString(), null);
    }

    private void killDuring(Process child, Writer in, String sql, Variant variant) throws Exception {
        try (Connection blocker = db.connect(); Statement s = blocker.createStatement()) {
            s.execute("LOCK TABLES " + String.join(" WRITE, ", tables) + " WRITE");
            in.write("GO\n");
            in.flush();
            long thread = waitingThread(blocker, sql);
            child.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("child JVM did not die");
            }
            if (thread > 0 && variant == Variant.ABORTED) {
                s.execute("KILL " + thread);
            }
            s.execute("UNLOCK TABLES");
            if (thread > 0) {
                awaitGone(blocker, thread);
            }
        }
    }

    /** The server thread running {@code sql} once it waits for the lock, or -1 if it never showed up. */
    private long waitingThread(Connection c, String sql) throws Exception {
        String prefix = sql.length() > 40 ? sql.substring(0, 40) : sql;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        try (PreparedStatement ps = c.prepareStatement("SELECT id, info FROM information_schema.processlist WHERE "
                + "db = ? AND id <> CONNECTION_ID() AND info IS NOT NULL")) {
            ps.setString(1, db.name());
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(2).startsWith(prefix)) {
                            return rs.getLong(1);
                        }
                    }
                }
                Thread.sleep(20);
            }
        }
        return -1;
    }

    private void awaitGone(Connection c, long thread) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM information_schema.processlist WHERE "
                + "id = ? AND info IS NOT NULL")) {
            ps.setLong(1, thread);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("the orphaned statement of thread " + thread + " never finished");
    }
}
