package dev.southward.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the Spring Boot auto-configuration adds to an application's start-up when nothing is pending: a minimal
 * Spring Boot application (JDBC auto-configuration, HikariCP, one query at start-up as JPA would make, an H2 file
 * database with the 100 migrations of
 * {@link Workload} applied) started in fresh JVMs, alternately with {@code southward.enabled=true} and
 * {@code false}. Each child reports the time of {@code SpringApplication.run} and the JVM's uptime when the
 * context is ready; the figure is the median of the per-pair differences (pairs run back to back, so the load of
 * a shared machine drifts less between the two halves of a pair). Run with
 * {@code mvn -B -q -pl benchmarks exec:java -Dexec.args="boot reps=15"}.
 */
public final class BootStartupBench {
    private BootStartupBench() {
    }

    /**
     * The application: auto-configuration, and one query on the {@code DataSource} at start-up, as JPA's metadata
     * read would make. Without it the disabled half would never open the pool nor start H2, and the difference would
     * count Hikari's and H2's start as Southward's.
     */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    public static class App {
        /**
         * Opens a connection once the beans are created, whether Southward runs or not.
         *
         * @param dataSource the application's data source
         * @return the callback
         */
        @org.springframework.context.annotation.Bean
        static org.springframework.beans.factory.SmartInitializingSingleton openPool(javax.sql.DataSource dataSource) {
            return () -> {
                try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
                    s.execute("SELECT 1");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
        }
    }

    /**
     * Runs the figure (in the forked benchmark JVM, whose {@code java.class.path} is the full classpath).
     *
     * @param args {@code reps=N} (pairs, default 15)
     * @throws Exception when a child fails
     */
    public static void run(String[] args) throws Exception {
        int reps = 15;
        for (String a : args) {
            if (a.startsWith("reps=")) {
                reps = Integer.parseInt(a.substring(5));
            }
        }
        Path work = Path.of(System.getProperty("basedir", "benchmarks")).toAbsolutePath().resolve("target/boot-bench");
        BenchmarkMain.clean(work);
        Workload.generate(100, work.resolve("southward"));
        String url = "jdbc:h2:file:" + work.resolve("db").toAbsolutePath();
        child(url, work, true); // migrates the 100 migrations once; every later start is a no-op
        child(url, work, false);
        List<double[]> on = new ArrayList<>();
        List<double[]> off = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            boolean first = i % 2 == 0; // alternate which half of the pair goes first
            double[] a = child(url, work, first);
            double[] b = child(url, work, !first);
            on.add(first ? a : b);
            off.add(first ? b : a);
        }
        System.out.println("# Spring Boot start-up with and without Southward's auto-configuration (no-op)");
        System.out.println();
        System.out.printf(Locale.ROOT, "%d pairs of fresh JVMs, H2 file database, 100 applied migrations, %d cores,"
                + " load average %.1f at the end.%n%n", reps, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| figure (median) | southward.enabled=false | southward.enabled=true | added |");
        System.out.println("| --- | --- | --- | --- |");
        for (int k = 0; k < 2; k++) {
            int m = k;
            double base = median(off.stream().map(x -> x[m]).toList());
            double with = median(on.stream().map(x -> x[m]).toList());
            List<Double> diffs = new ArrayList<>();
            for (int i = 0; i < reps; i++) {
                diffs.add(on.get(i)[m] - off.get(i)[m]);
            }
            System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms (paired median) |%n",
                    k == 0 ? "`SpringApplication.run`" : "JVM start to context ready", base, with, median(diffs));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** One fresh JVM; returns {run millis, uptime millis}. */
    private static double[] child(String url, Path work, boolean enabled) throws IOException, InterruptedException {
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), Child.class.getName(), url,
                work.resolve("southward").toString(), String.valueOf(enabled));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                output.append(line).append('\n');
                if (line.startsWith("RESULT ")) {
                    result = line;
                }
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IllegalStateException("child failed:\n" + output);
        }
        String[] parts = result.split(" ");
        return new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
    }

    /** The child JVM: starts the application once, prints {@code RESULT runMillis uptimeMillis}, exits. */
    public static final class Child {
        private Child() {
        }

        /**
         * @param args JDBC URL, migrations directory, whether Southward is enabled
         */
        public static void main(String[] args) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
            long start = System.nanoTime();
            ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
                    .web(WebApplicationType.NONE)
                    .properties("spring.datasource.url=" + args[0], "southward.directory=" + args[1],
                            "southward.enabled=" + args[2], "spring.main.banner-mode=off", "logging.level.root=warn")
                    .run();
            double run = (System.nanoTime() - start) / 1e6;
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            context.close();
            System.out.println("RESULT " + run + " " + uptime);
            System.exit(0);
        }
    }
}
