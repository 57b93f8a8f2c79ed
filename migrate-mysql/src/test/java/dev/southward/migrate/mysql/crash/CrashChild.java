package dev.southward.migrate.mysql.crash;

import dev.southward.migrate.Southward;
import dev.southward.migrate.StatementOutcome;
import dev.southward.migrate.execute.MigrationListener;
import dev.southward.migrate.migration.MigrationKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * A JVM that runs one Southward command and stops before each statement until its parent says go, so that the
 * parent can block that statement in the server and kill this process while it runs:
 * {@code url user password dir migrate|resume|revert [TOOK_EFFECT|NO_EFFECT]}. Prints {@code AT n <sql>} before
 * the n-th statement of this process (from 0) and waits for a line on standard input; prints {@code DONE} at the
 * end, or {@code FAILED <message>}.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        MigrationListener listener = new MigrationListener() {
            private int count;

            @Override
            public void statement(MigrationKey key, int index, String sql) {
                System.out.println("AT " + count++ + " " + sql.replace('\n', ' '));
                System.out.flush();
                try {
                    in.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        Southward southward = Southward.create(Jdbi.create(args[0], args[1], args[2]))
                .withMigrationsDirectory(Path.of(args[3])).withListener(listener)
                .withLockTimeout(Duration.ofSeconds(60));
        StatementOutcome outcome = args.length > 5 ? StatementOutcome.valueOf(args[5]) : null;
        try {
            switch (args[4]) {
                case "migrate" -> southward.migrate();
                case "resume" -> southward.resume(outcome);
                case "revert" -> southward.revert(outcome);
                default -> throw new IllegalArgumentException(args[4]);
            }
            System.out.println("DONE");
        } catch (RuntimeException e) {
            System.out.println("FAILED " + String.valueOf(e.getMessage()).replace('\n', ' '));
        }
        System.out.flush();
    }

    /** Starts this main in a new JVM with the test's class path. */
    static Process start(String url, String user, String password, Path dir, String command,
            StatementOutcome outcome) throws IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> line = new ArrayList<>(List.of(javaBin, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), url, user,
                password, dir.toString(), command));
        if (outcome != null) {
            line.add(outcome.name());
        }
        return new ProcessBuilder(line).redirectErrorStream(true).start();
    }
}
