package dev.southward.migrate.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code southward}: South's command line with South's own flags, for a deploy job without Maven, a Gradle
 * project, or a CI step that only has the application's jar. Each command parses its flags, makes one call into
 * the core and prints the result; the exit code is {@link dev.southward.migrate.report.ExitCode}'s.
 */
@Command(name = "southward", mixinStandardHelpOptions = true, versionProvider = SouthwardCli.Version.class,
        sortOptions = false, usageHelpAutoWidth = false,
        description = {"South's schema migrations for Java, with South's commands and flags.", "",
            "Exit codes: 0 done, 1 failed, 2 usage error, 3 a migration is between migrations (resume, revert or "
                + "mark it applied), 4 a check found a problem (--db-dry-run, schemamigration --check, verify)."},
        subcommands = {SchemaMigrationCommand.class, DataMigrationCommand.class, MigrateCommand.class,
            SqlCommand.class, VerifyCommand.class, AutoComplete.GenerateCompletion.class})
public final class SouthwardCli implements Runnable {
    private final Map<String, String> env;
    private final Path workingDir;
    private final InputStream in;
    private final PrintStream out;
    private final boolean terminal;

    @Spec
    CommandSpec spec;

    private SouthwardCli(Map<String, String> env, Path workingDir, InputStream in, PrintStream out,
            boolean terminal) {
        this.env = env;
        this.workingDir = workingDir;
        this.in = in;
        this.out = out;
        this.terminal = terminal;
    }

    /**
     * Runs a command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), Path.of("").toAbsolutePath(), System.in, System.out, System.err,
                System.console() != null));
    }

    /**
     * Runs a command line.
     *
     * @param args       the arguments
     * @param env        the environment ({@code SOUTHWARD_URL}, the password variable)
     * @param workingDir where relative paths and {@code southward.properties} are looked up
     * @param in         where answers are read
     * @param out        standard output
     * @param err        standard error
     * @param terminal   whether the input is a terminal (then questions are asked)
     * @return the exit code
     */
    public static int run(String[] args, Map<String, String> env, Path workingDir, InputStream in, PrintStream out,
            PrintStream err, boolean terminal) {
        CommandLine cl = commandLine(new SouthwardCli(env, workingDir, in, out, terminal));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /**
     * The parser of a command line, for help and documentation.
     *
     * @return the configured parser, on the process's environment
     */
    public static CommandLine commandLine() {
        return commandLine(new SouthwardCli(System.getenv(), Path.of("").toAbsolutePath(), System.in, System.out,
                false));
    }

    private static CommandLine commandLine(SouthwardCli root) {
        CommandLine cl = new CommandLine(root);
        cl.setUsageHelpAutoWidth(false);
        cl.setUsageHelpWidth(100);
        // An option is never taken as the value of another option (e.g. --name --auto).
        cl.setAllowOptionsAsOptionParameters(false);
        cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
        return cl;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: schemamigration, datamigration, migrate, "
                + "sql or verify");
    }

    Map<String, String> env() {
        return env;
    }

    Path workingDir() {
        return workingDir;
    }

    /** The console questions are asked on: standard input and output. */
    dev.southward.migrate.questioner.Console console() {
        return new dev.southward.migrate.questioner.StreamConsole(in, out, Charset.defaultCharset());
    }

    /** Whether questions are asked: on a terminal, unless {@code --no-input}; always with {@code --interactive}. */
    boolean interactive(boolean forced, boolean noInput) {
        return forced || terminal && !noInput;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SouthwardCli.class.getPackage().getImplementationVersion();
            return new String[] {"southward " + (v == null ? "(development build)" : v)};
        }
    }
}
