package dev.southward.migrate.cli.testing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built command line as a separate process, as a user or a CI step would: {@code java -jar
 * migrate-cli-<version>.jar ...} (or the {@code bin/southward} launcher of the folder layout) in a working
 * directory, with its own environment and standard input.
 */
public final class Cli {
    private final Path workingDir;
    private final Map<String, String> env = new HashMap<>();
    private boolean launcher;

    /**
     * A command line run in {@code workingDir}.
     *
     * @param workingDir the process's working directory
     */
    public Cli(Path workingDir) {
        this.workingDir = workingDir;
    }

    /**
     * Sets an environment variable of the processes.
     *
     * @param name  the variable
     * @param value its value
     * @return this
     */
    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /**
     * Runs through {@code bin/southward} of the folder layout instead of {@code java -jar}.
     *
     * @return this
     */
    public Cli viaLauncher() {
        launcher = true;
        return this;
    }

    /**
     * Runs {@code southward args...} with empty standard input.
     *
     * @param args the arguments
     * @return exit code and output
     */
    public Result run(String... args) {
        return runWithInput("", args);
    }

    /**
     * Runs {@code southward args...} with {@code input} on standard input.
     *
     * @param input what is typed
     * @param args  the arguments
     * @return exit code and output
     */
    public Result runWithInput(String input, String... args) {
        List<String> command = new ArrayList<>();
        if (launcher) {
            command.add(Path.of(System.getProperty("southward.cli.home"), "bin", "southward").toString());
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-XX:+UseSerialGC");
            command.add("-jar");
            command.add(System.getProperty("southward.cli.jar"));
        }
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("SOUTHWARD_"));
        pb.environment().putAll(env);
        if (launcher) {
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        }
        try {
            File out = Files.createTempFile("cli-out", ".txt").toFile();
            File err = Files.createTempFile("cli-err", ".txt").toFile();
            pb.redirectOutput(out).redirectError(err);
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("southward " + String.join(" ", args) + " did not finish in 120 s");
            }
            Result r = new Result(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
            Files.delete(out.toPath());
            Files.delete(err.toPath());
            return r;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * What a run printed and returned.
     *
     * @param code the exit code
     * @param out  standard output
     * @param err  standard error
     */
    public record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
