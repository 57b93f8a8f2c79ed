package dev.southward.migrate.maven;

import dev.southward.migrate.Southward;
import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.Status;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
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
 * What every goal shares: {@code skip}, the connection, the migrations directory and the project's classes. A
 * goal implements {@link #run}; a {@link SouthwardException} becomes a build failure carrying the core's message
 * (its stack trace shows with {@code -e} only).
 */
public abstract class AbstractSouthwardMojo extends AbstractMojo {
    /** Skip the goal. */
    @Parameter(property = "skip", defaultValue = "false")
    private boolean skip;

    /**
     * JDBC URL of the database, e.g. {@code jdbc:mysql://127.0.0.1:3306/coralnet}. Without it: the embedded H2
     * database file {@code target/southward/h2}, i.e. {@code jdbc:h2:file:<build directory>/southward/h2}.
     */
    @Parameter(property = "url")
    private String url;

    /** Database user; takes precedence over the user of {@code serverId}. Default: empty (H2's default). */
    @Parameter(property = "user")
    private String user;

    /*
     * No password parameter: Maven's -X dumps every parameter's value. The password is read from the property
     * itself (-Dpassword, a POM property) or SOUTHWARD_PASSWORD, in Database.password, and never printed.
     */

    /**
     * The id of a {@code <server>} in settings.xml whose {@code <username>} and {@code <password>} (plain or
     * encrypted with {@code mvn --encrypt-password}) are the database credentials.
     */
    @Parameter(property = "serverId")
    private String serverId;

    /**
     * How long to wait for another process's migration lock (MySQL, MariaDB): seconds ({@code 120}) or an ISO-8601
     * duration ({@code PT2M}). Default: 60 s.
     */
    @Parameter(property = "lock-timeout")
    private String lockTimeout;

    /** Where migrations are read from and written to: one folder per app holding {@code NNNN_name.json}. */
    @Parameter(property = "migrationsDirectory",
            defaultValue = "${project.basedir}/src/main/resources/southward/migrations")
    private File migrationsDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Component
    private SettingsDecrypter decrypter;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping (skip is set)");
            return;
        }
        try (ProjectClasses classes = ProjectClasses.of(project)) {
            Database database = Database.resolve(url, user, Database.password(session, project), serverId, session,
                    decrypter,
                    new File(project.getBuild().getDirectory()));
            Southward southward = Southward.create(database.jdbi(classes.loader(), getLog()))
                    .withMigrationsDirectory(migrationsDirectory.toPath())
                    .withClassLoader(classes.loader());
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

    static java.time.Duration lockTimeout(String value) throws MojoFailureException {
        try {
            return value.chars().allMatch(Character::isDigit) ? java.time.Duration.ofSeconds(Long.parseLong(value))
                    : java.time.Duration.parse(value);
        } catch (RuntimeException e) {
            throw new MojoFailureException("-Dlock-timeout=" + value + " is neither a number of seconds nor an "
                    + "ISO-8601 duration such as PT2M");
        }
    }

    /** The goal: one call into the core API and its output. */
    protected abstract void run(Southward southward, ProjectClasses classes) throws MojoFailureException;

    protected MavenProject project() {
        return project;
    }

    protected boolean interactive() {
        return session.getRequest().isInteractiveMode();
    }

    protected File migrationsDirectory() {
        return migrationsDirectory;
    }

    /**
     * Output the user asked for (a list, SQL) goes to standard output as is, without log prefixes, so that it
     * still shows with {@code -q} and can be redirected.
     */
    protected static void print(String text) {
        PrintStream out = System.out;
        out.print(text.endsWith("\n") || text.isEmpty() ? text : text + "\n");
        out.flush();
    }

    /** South's {@code migrate --list}, for one app or all. */
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

    /** A required parameter, named by its property in the message. */
    protected static String require(String value, String property, String example) throws MojoFailureException {
        if (value == null || value.isBlank()) {
            throw new MojoFailureException("Missing -D" + property + ", e.g. " + example);
        }
        return value.trim();
    }
}
