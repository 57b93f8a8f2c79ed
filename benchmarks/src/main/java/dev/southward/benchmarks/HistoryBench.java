package dev.southward.benchmarks;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ModelState;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The long-history commands of issue 14, each in a fresh JVM (run it once per measurement): {@code list} and
 * {@code schemamigration --auto} over the benchmark's workload of N migrations, on an H2 file database.
 *
 * <p>Arguments: {@code prepare N dir} (the workload, its index, and all of it applied), {@code list dir},
 * {@code auto dir} (one field added to {@code T0}; the new file is deleted afterwards), {@code noop dir}, {@code raw dir}
 * (the raw JDBC probe: connect, {@code SELECT 1}), {@code fake dir} (records the
 * migrations as applied without running them: the start-up figures need only the history), {@code catalog dir}
 * (the start-up's catalog of files alone), {@code probe dir} (its one query
 * alone, through raw JDBC). Prints the
 * command's wall time, the process's CPU time so far and its age (JVM start to the end of the command).
 */
public final class HistoryBench {
    private HistoryBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkMain.quietLogging();
        Path dir = Path.of(args[args[0].equals("prepare") ? 2 : 1]).toAbsolutePath();
        Path migrations = dir.resolve("southward");
        // H2 in the folder, or another database: -Dbench.url=jdbc:mariadb://… -Dbench.user=… -Dbench.password=…
        var ds = Server.dataSource(System.getProperty("bench.url", "jdbc:h2:file:" + dir.resolve("db")
                + ";AUTO_SERVER=FALSE"), System.getProperty("bench.user", "sa"), System.getProperty("bench.password",
                ""));
        Southward southward = Southward.create(ds).withMigrationsDirectory(migrations);
        long t0 = System.nanoTime();
        String what;
        switch (args[0]) {
            case "prepare" -> {
                Workload.generate(Integer.parseInt(args[1]), migrations);
                what = southward.migrate().steps().size() + " applied";
            }
            case "list" -> what = southward.list().apps().get(0).migrations().size() + " listed";
            case "phases" -> { // list, with the files' loading (cached afterwards) timed apart
                var threads = ManagementFactory.getThreadMXBean();
                long c0 = threads.getCurrentThreadCpuTime();
                int files = southward.migrations().size();
                long c1 = threads.getCurrentThreadCpuTime();
                int listed = southward.list().apps().get(0).migrations().size();
                long c2 = threads.getCurrentThreadCpuTime();
                what = String.format(Locale.ROOT, "%d files loaded in %.0f ms of CPU (main thread), then %d listed in "
                        + "%.0f ms of CPU", files, (c1 - c0) / 1e6, listed, (c2 - c1) / 1e6);
            }
            case "fake" -> // the history alone (no DDL): enough for the start-up figures on a slow server
                what = southward.migrate(dev.southward.migrate.MigrateRequest.all().fake()).steps().size()
                        + " recorded";
            case "noop" -> what = "nothing to do: " + southward.migrate().nothingToDo();
            case "raw" -> {
                try (var c = ds.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("SELECT 1")) {
                    rs.next();
                    what = "SELECT 1 = " + rs.getInt(1);
                }
            }
            case "probe" -> { // the start-up's one query alone, as raw JDBC
                try (var c = ds.getConnection(); var st = c.createStatement(); var rs = st.executeQuery(
                        "SELECT COUNT(*), SUM(CASE WHEN status = 'applied' THEN 0 ELSE 1 END), MAX(CASE WHEN "
                                + "app = '~southward' THEN checksum END) FROM southward_history")) {
                    rs.next();
                    what = rs.getLong(1) + " rows";
                }
            }
            case "catalog" -> what = dev.southward.migrate.loader.MigrationCatalog.fromDirectory(migrations).size()
                    + " in the catalog";
            case "auto" -> {
                var threads = ManagementFactory.getThreadMXBean();
                long c0 = threads.getCurrentThreadCpuTime();
                int n = southward.migrations().size();
                long c1 = threads.getCurrentThreadCpuTime();
                var made = southward.withModelSources(() -> models(n)).makeMigrations(MakeRequest.auto(Workload.APP));
                long c2 = threads.getCurrentThreadCpuTime();
                what = String.format(Locale.ROOT, "%d made; main thread CPU: files loaded %.0f ms, then made "
                        + "(replay, detect, write, index) %.0f ms", made.migrations().size(), (c1 - c0) / 1e6,
                        (c2 - c1) / 1e6);
                for (var m : made.migrations()) {
                    Files.delete(m.path());
                }
                southward.writeMigrationIndexes();
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long age = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf(Locale.ROOT, "%s %s: command %.0f ms, process CPU %.0f ms, JVM age %d ms%n", args[0], what,
                ms, cpu / 1e6, age);
    }

    /** The workload's models after its {@code n} migrations, plus one field in {@code T0}. */
    static List<ModelState> models(int n) {
        List<List<FieldState>> fields = new ArrayList<>();
        for (int t = 0; t < Workload.TABLES; t++) {
            List<FieldState> f = new ArrayList<>();
            f.add(new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false, false,
                    null));
            fields.add(f);
        }
        for (int column = 0; column < n - 1; column++) {
            fields.get(column % Workload.TABLES).add(FieldState.of("c" + column, "c" + column, FieldType.INT)
                    .withNullable(true));
        }
        fields.get(0).add(FieldState.of("extra", "extra", FieldType.INT).withNullable(true));
        List<ModelState> out = new ArrayList<>();
        for (int t = 0; t < Workload.TABLES; t++) {
            out.add(new ModelState(Workload.APP, "T" + t, "bench_t" + t, fields.get(t), List.of()));
        }
        return out;
    }
}
