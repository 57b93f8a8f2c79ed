package dev.southward.benchmarks;

import java.nio.file.Path;
import java.util.List;

/**
 * The child process of the cold-start figure: a fresh JVM that runs one tool's no-op against a database where
 * everything is applied, then exits; the parent times the whole process. {@code none} only starts and exits (the
 * floor: what any JVM costs).
 *
 * <p>Arguments: {@code tool url user password southwardDir flywayDir liquibaseDir}.
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) {
        if (args[0].equals("none")) {
            return;
        }
        BenchmarkMain.quietLogging();
        try {
            Tool tool = Tool.valueOf(args[0]);
            Tool.Artifacts artifacts = new Tool.Artifacts(Path.of(args[4]), Path.of(args[5]), Path.of(args[6]),
                    List.of());
            tool.noOp(Server.dataSource(args[1], args[2], args[3]), artifacts);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }
}
