package dev.southward.migrate.maven;

import dev.southward.migrate.Southward;
import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.Status;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import dev.southward.migrate.execute.MigrationListener;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.jdbi.v3.core.JdbiException;

/**
 * What every goal shares: the {@code southward.*} settings (skip, the connection, the migrations directory), the
 * check of the {@code -D} properties, and the project's classes. A goal implements {@link #run}; a
 * {@link SouthwardException} becomes a build failure carrying the core's message (its stack trace shows with
 * {@code -e} only).
 */
public abstract class AbstractSouthwardMojo extends AbstractMojo {
    /** Skip the goal. */
    @Parameter(property = "southward.skip", defaultValue = "false")
    private boolean skip;

    /**
     * JDBC URL of the database, e.g. {@code jdbc:mysql://127.0.0.1:3306/coralnet}. Required by the goals that open
     * the database, unless {@code embedded} is set.
     */
    @Parameter(property = "southward.url")
    private String url;

    /**
     * Without a {@code url}: use the embedded H2 database file {@code target/southward/h2}, i.e.
     * {@code jdbc:h2:file:<build directory>/southward/h2}. Off by default, so that a forgotten URL fails instead of
     * migrating a file nobody looks at; a POM opts in with {@code <southward.embedded>true</southward.embedded>}.
     */
    @Parameter(property = "southward.embedded", defaultValue = "false")
    private boolean embedded;

    /** Database user; takes precedence over the user of {@code serverId}. Default: empty (H2's default). */
    @Parameter(property = "southward.user")
    private String user;

    /*
     * No password parameter: Maven's -X dumps every parameter's value. The password is read from the property
     * itself (-Dsouthward.password, a POM property) or SOUTHWARD_PASSWORD, in Database.password, and never printed.
     */

    /**
     * The id of a {@code <server>} in settings.xml whose {@code <username>} and {@code <password>} (plain or
     * encrypted with {@code mvn --encrypt-password}) are the database credentials.
     */
    @Parameter(property = "southward.serverId")
    private String serverId;

    /**
     * How long to wait for another process's migration lock (MySQL, MariaDB): seconds ({@code 120}) or an ISO-8601
     * duration ({@code PT2M}). Default: 60 s.
     */
    @Parameter(property = "southward.lockTimeout")
    private String lockTimeout;

    /**
     * The history table's name (default {@code southward_history}): another one when that name is taken, e.g. by
     * another tool's table.
     */
    @Parameter(property = "southward.historyTable")
    private String historyTable;

    /** Where migrations are read from and written to: one folder per app holding {@code NNNN_name.json}. */
    @Parameter(property = "southward.migrationsDirectory",
            defaultValue = "${project.basedir}/src/main/resources/southward/migrations")
    private File migrationsDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Component
    private SettingsDecrypter decrypter;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        checkProperties();
        if (skip) {
            getLog().info("Skipping (southward.skip is set)");
            return;
        }
        try (ProjectClasses classes = ProjectClasses.of(project)) {
            if (notHere(classes)) {
                return;
            }
            Database database = Database.resolve(url, user, Database.password(session, project), serverId, session,
                    decrypter, embedded ? new File(project.getBuild().getDirectory()) : null);
            Southward southward = Southward.create(database.jdbi(classes.loader(), getLog()))
                    .withMigrationsDirectory(migrationsDirectory.toPath())
                    .withClassLoader(classes.loader())
                    .withListener(MigrationListener.NONE);
            if (historyTable != null && !historyTable.isBlank()) {
                southward = southward.withHistoryTable(historyTable.trim());
            }
            if (lockTimeout != null && !lockTimeout.isBlank()) {
                southward = southward.withLockTimeout(lockTimeout(lockTimeout.trim()));
            }
            run(southward, classes);
        } catch (SouthwardException | IllegalArgumentException | UncheckedIOException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (JdbiException e) {
            // Connection refused, wrong credentials, a failed query outside a migration: the cause says which.
            throw new MojoFailureException("Database error: " + (e.getCause() != null ? e.getCause().getMessage()
                    : e.getMessage()), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot close the project class loader", e);
        }
    }

    /** Refuses mistyped and outdated -D properties before anything runs (see {@link PropertyCheck}). */
    private void checkProperties() throws MojoFailureException {
        MojoDescriptor descriptor = mojoExecution.getMojoDescriptor();
        List<String> goal = new ArrayList<>(properties(descriptor));
        goal.add(Database.PASSWORD_PROPERTY);
        List<String> plugin = new ArrayList<>(goal);
        descriptor.getPluginDescriptor().getMojos().forEach(m -> plugin.addAll(properties(m)));
        new PropertyCheck(goal, plugin).check(session.getUserProperties(), descriptor.getPluginDescriptor()
                .getGoalPrefix() + ":" + descriptor.getGoal());
    }

    /** The user properties ({@code ${name}} expressions) of a goal's parameters. */
    private static List<String> properties(MojoDescriptor mojo) {
        List<String> out = new ArrayList<>();
        if (mojo.getParameters() != null) {
            for (org.apache.maven.plugin.descriptor.Parameter p : mojo.getParameters()) {
                String e = p.getExpression();
                if (e != null && e.startsWith("${") && e.endsWith("}") && !e.startsWith("${project")
                        && !e.startsWith("${session") && !e.startsWith("${mojoExecution")) {
                    out.add(e.substring(2, e.length() - 1));
                }
            }
        }
        return out;
    }

    /**
     * In a multi-module build, a module without {@code @App} classes and without a migrations folder is skipped
     * with a note, so that {@code mvn migrate:list} at the root runs only where the models are.
     */
    private boolean notHere(ProjectClasses classes) throws MojoFailureException {
        if (session.getProjects().size() <= 1 || migrationsDirectory.isDirectory() || !classes.apps(null).isEmpty()) {
            return false;
        }
        getLog().info("Skipping " + project.getArtifactId() + ": no @App classes and no migrations folder "
                + relative(migrationsDirectory.toPath()) + " (the goal runs in the modules that have them)");
        return true;
    }
    static java.time.Duration lockTimeout(String value) throws MojoFailureException {
        try {
            return value.chars().allMatch(Character::isDigit) ? java.time.Duration.ofSeconds(Long.parseLong(value))
                    : java.time.Duration.parse(value);
        } catch (RuntimeException e) {
            throw new MojoFailureException("-Dsouthward.lockTimeout=" + value + " is neither a number of seconds nor an "
                    + "ISO-8601 duration such as PT2M");
        }
    }

    /**
     * The goal: one call into the core API and its output.
     *
     * @param southward the API configured from the goal's parameters and the project's database settings
     * @param classes   the project's compiled classes and runtime dependencies
     * @throws MojoFailureException when the goal fails for a reason the user can fix (shown without a stack trace)
     */
    protected abstract void run(Southward southward, ProjectClasses classes) throws MojoFailureException;

    /**
     * A path relative to the project, as a user would type it.
     *
     * @param path an absolute path
     * @return the path relative to the project's base directory, or the path itself when it lies outside
     */
    protected String relative(java.nio.file.Path path) {
        java.nio.file.Path base = project.getBasedir().toPath().toAbsolutePath();
        java.nio.file.Path p = path.toAbsolutePath();
        return p.startsWith(base) ? base.relativize(p).toString() : p.toString();
    }

    /**
     * The project the goal runs in.
     *
     * @return the Maven project
     */
    protected MavenProject project() {
        return project;
    }

    /**
     * Whether questions can be asked: an interactive session ({@code -B} not given) with a terminal. Without one
     * ({@code mvn … </dev/null}, a CI that forgot {@code -B}) nobody could answer, so the goal behaves as with
     * {@code -B}.
     *
     * @return true when a person can answer questions on the console
     */
    protected boolean interactive() {
        return session.getRequest().isInteractiveMode() && TerminalConsole.available();
    }

    /**
     * Whether the session is interactive although no terminal is attached.
     *
     * @return true for an interactive session without a terminal, where the goal warns that it will not ask
     */
    protected boolean interactiveWithoutTerminal() {
        return session.getRequest().isInteractiveMode() && !TerminalConsole.available();
    }

    /**
     * The folder migrations are read from and written to ({@code southward.migrationsDirectory}).
     *
     * @return the folder, which may not exist yet
     */
    protected File migrationsDirectory() {
        return migrationsDirectory;
    }

    /**
     * Output the user asked for (a list, SQL) goes to standard output as is, without log prefixes, so that it
     * still shows with {@code -q} and can be redirected.
     *
     * @param text the text; a line end is added when it has none
     */
    protected static void print(String text) {
        PrintStream out = System.out;
        out.print(text.endsWith("\n") || text.isEmpty() ? text : text + "\n");
        out.flush();
    }

    /**
     * South's {@code migrate --list}, for one app or all.
     *
     * @param southward the configured API
     * @param app       the app to list, or null for every app
     * @throws MojoFailureException when the named app has no migrations
     */
    protected static void printList(Southward southward, String app) throws MojoFailureException {
        Status status = southward.list();
        if (app != null) {
            List<Status.App> apps = status.apps().stream().filter(a -> a.name().equals(app)).toList();
            if (apps.isEmpty()) {
                throw new MojoFailureException("App '" + app + "' has no migrations (apps with migrations: "
                        + status.apps().stream().map(Status.App::name).toList() + ")");
            }
            status = new Status(apps, status.ghosts());
        }
        print(status.apps().isEmpty() ? "No migrations.\n" : status.render());
    }

    /**
     * A required parameter, named by its property in the message.
     *
     * @param value    the parameter's value
     * @param property the parameter's property, e.g. {@code app}
     * @param example  an example value for the message, e.g. {@code images}
     * @return the value, trimmed
     * @throws MojoFailureException when the value is missing or blank
     */
    protected static String require(String value, String property, String example) throws MojoFailureException {
        if (value == null || value.isBlank()) {
            throw new MojoFailureException("Missing -D" + property + ", e.g. " + example);
        }
        return value.trim();
    }
}
