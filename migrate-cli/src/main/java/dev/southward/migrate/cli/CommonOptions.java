package dev.southward.migrate.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options every command takes: where the models and migrations come from and which database. Each falls back
 * to an environment variable and to {@code southward.properties} in the working directory (see {@link Settings}).
 */
final class CommonOptions {
    @Option(names = "--url", paramLabel = "JDBC_URL", order = 100,
            description = "JDBC URL of the database, e.g. jdbc:mysql://127.0.0.1:3306/coralnet "
                    + "(default: SOUTHWARD_URL, then url in southward.properties).")
    String url;

    @Option(names = "--user", paramLabel = "USER", order = 101,
            description = "Database user (default: SOUTHWARD_USER, then user in southward.properties).")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR", order = 102,
            description = "Read the password from the environment variable VAR (default: SOUTHWARD_PASSWORD).")
    String passwordEnv;

    @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD", order = 103,
            description = "Ask for the password (not echoed). A value given here shows in the process list: "
                    + "prefer --password-env.")
    char[] password;

    @Option(names = {"--classpath", "--cp"}, paramLabel = "PATH", order = 104,
            description = "Folders and jars with the compiled @App models and the migrations (southward/migrations/"
                    + "<app>/NNNN_name.json), separated by ':' (';' on Windows); DIR/* adds every jar in DIR "
                    + "without scanning it for @App classes. May be repeated.")
    List<String> classpath = new ArrayList<>();

    @Option(names = "--migrations", paramLabel = "DIR", order = 105,
            description = "Read migrations from this folder (one folder per app) instead of the classpath; "
                    + "schemamigration and datamigration write into it (default: src/main/resources/southward/"
                    + "migrations when the working directory has src/main/resources).")
    String migrations;

    @Option(names = "--apps", paramLabel = "CLASSES", order = 106,
            description = "The @App classes, comma-separated (default: every @App class in the --classpath "
                    + "folders and jars).")
    String apps;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", order = 107,
            description = "How long to wait for another process's migration lock (MySQL, MariaDB): seconds or "
                    + "an ISO-8601 duration such as PT2M (default: 60 s).")
    String lockTimeout;

    @Option(names = "--history-table", paramLabel = "TABLE", order = 108,
            description = "The history table (default: southward_history).")
    String historyTable;

    @Option(names = {"-v", "--verbose"}, order = 109, description = "Also print each statement as it runs.")
    boolean verbose;
}
