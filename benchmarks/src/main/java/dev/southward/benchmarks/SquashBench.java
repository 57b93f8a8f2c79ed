package dev.southward.benchmarks;

import dev.southward.migrate.Southward;
import dev.southward.migrate.SquashRequest;
import dev.southward.migrate.SquashResult;
import dev.southward.migrate.dialect.Dialects;
import dev.southward.migrate.introspect.LiveSchema;
import dev.southward.migrate.introspect.LiveTable;
import dev.southward.migrate.squash.GeneratedHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Issue 14's squash targets: squashing {@code n} migrations of one app (a generated history of a growing app, see
 * {@code GeneratedHistory.writeGrowth}; with {@code stress}, the history of the tests, which renames and
 * cross-references a few models all the time, with 1 % data migrations; with {@code columns}, the workload of the
 * other benchmarks, 50 tables and one column added per migration) takes under 5 s, and the
 * squash applied to an empty database builds the same schema (by introspection) at least 10 times faster than the
 * history. On H2 (a file database) and, when reachable, MariaDB on 127.0.0.1:3306.
 *
 * <p>{@code java -cp … dev.southward.benchmarks.SquashBench [n] [mariadb] [stress|columns]}; see docs/benchmarks.md.
 */
public final class SquashBench {
    private SquashBench() {
    }

    /**
     * Runs the benchmark and prints one line per figure.
     *
     * @param args {@code n} (default 1000), then {@code mariadb} to also run there, {@code stress} for the stress
     *             history
     * @throws Exception on any failure
     */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path work = Files.createTempDirectory("squash-bench");
        java.util.Set<String> options = java.util.Set.of(args);
        String history = options.contains("stress") ? "stress" : options.contains("columns") ? "columns" : "growth";
        run("h2", n, history, work.resolve("h2"), h2(work.resolve("h2-db-a")), h2(work.resolve("h2-db-b")),
                h2(work.resolve("h2-db-c")));
        if (options.contains("mariadb")) {
            Server server = Server.MySql.mariadb();
            try (Server.Database a = server.create(false); Server.Database b = server.create(false);
                    Server.Database c = server.create(false)) {
                run("mariadb", n, history, work.resolve("mariadb"), a.dataSource(), b.dataSource(), c.dataSource());
            }
        }
    }

    private static void run(String name, int n, String kind, Path dir, DataSource history, DataSource squashed,
            DataSource alone) throws java.io.IOException {
        String q = quote(history, "");
        String app = kind.equals("columns") ? Workload.APP : GeneratedHistory.APP;
        switch (kind) {
            case "stress" -> GeneratedHistory.write(dir, n, 7, id -> q.charAt(0) + id + q.charAt(0), 1);
            case "columns" -> Workload.generate(n, dir);
            default -> GeneratedHistory.writeGrowth(dir, n, 7, id -> q.charAt(0) + id + q.charAt(0));
        }
        Southward old = Southward.create(history).withMigrationsDirectory(dir);
        long t0 = System.nanoTime();
        old.migrate();
        long applyHistory = System.nanoTime() - t0;
        Map<String, String> schemaHistory = schema(history, app);

        Southward s = Southward.create(squashed).withMigrationsDirectory(dir);
        t0 = System.nanoTime();
        SquashResult r = s.squashMigrations(SquashRequest.app(app).to(String.format("%04d", n)));
        long squash = System.nanoTime() - t0;
        t0 = System.nanoTime();
        int steps = s.migrate().steps().size();
        long applySquash = System.nanoTime() - t0;
        boolean same = schema(squashed, app).equals(schemaHistory);
        for (var k : r.replaces()) {
            Files.delete(dir.resolve(app).resolve(k.name() + ".json"));
        }
        Southward deleted = Southward.create(alone).withMigrationsDirectory(dir);
        t0 = System.nanoTime();
        deleted.migrate();
        long applyAlone = System.nanoTime() - t0;
        same &= schema(alone, app).equals(schemaHistory);
        System.out.printf("%s, %s history: squash of %d migrations (%d operations -> %d): %d ms%n", name, kind, n, r.before(),
                r.after(), squash / 1_000_000);
        System.out.printf("%s: apply the %d migrations: %d ms; apply the squash (%d migration): %d ms; %.1fx; "
                + "with the replaced files deleted: %d ms, %.1fx; same schema by introspection: %s%n", name, n,
                applyHistory / 1_000_000, steps, applySquash / 1_000_000, (double) applyHistory / applySquash,
                applyAlone / 1_000_000, (double) applyHistory / applyAlone, same);
    }

    private static DataSource h2(Path file) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file.toAbsolutePath());
        return ds;
    }

    private static String quote(DataSource ds, String id) {
        try (var c = ds.getConnection()) {
            String q = c.getMetaData().getIdentifierQuoteString();
            return q + id + q;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> schema(DataSource ds, String app) {
        LiveSchema live = Jdbi.create(ds).withHandle(h -> Dialects.forConnection(h.getConnection()).introspector()
                .read(h));
        Map<String, String> out = new TreeMap<>();
        for (LiveTable t : live.tables().values()) {
            if (t.name().toLowerCase().startsWith(app + "_")) {
                out.put(t.name().toLowerCase(), t.columns() + " pk " + t.primaryKey() + " indexes "
                        + t.indexes().values() + " fks " + t.foreignKeys().values());
            }
        }
        return out;
    }
}
