package dev.southward.migrate.mysql;

import dev.southward.migrate.Southward;
import dev.southward.migrate.execute.MigrationListener;
import dev.southward.migrate.migration.MigrationKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * A separate JVM that migrates, for tests that kill a process: {@code url user password dir [stopAt]}. With
 * {@code stopAt} = k it prints {@code AT k} before statement k+1 of the first migration that has one and waits
 * to be killed; otherwise it migrates and prints {@code DONE <migrations applied>}.
 */
public final class ChildMigrator {
    private ChildMigrator() {
    }

    public static void main(String[] args) throws Exception {
        int stopAt = args.length > 4 ? Integer.parseInt(args[4]) : -1;
        MigrationListener listener = new MigrationListener() {
            @Override
            public void statement(MigrationKey key, int index, String sql) {
                if (index == stopAt) {
                    System.out.println("AT " + index + " " + key);
                    System.out.flush();
                    sleepForever();
                }
            }
        };
        var result = Southward.create(Jdbi.create(args[0], args[1], args[2])).withMigrationsDirectory(Path.of(args[3]))
                .withListener(listener).withLockTimeout(Duration.ofSeconds(120)).migrate();
        System.out.println("DONE " + result.steps().size());
    }

    private static void sleepForever() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts this main in a new JVM with the test's class path. */
    static Process start(String url, String user, String password, Path dir, Integer stopAt) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                ChildMigrator.class.getName(), url, user, password, dir.toString()));
        if (stopAt != null) {
            command.add(String.valueOf(stopAt));
        }
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
