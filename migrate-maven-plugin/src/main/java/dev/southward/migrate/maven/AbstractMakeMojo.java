package dev.southward.migrate.maven;

import dev.southward.migrate.MakeResult;
import dev.southward.migrate.Southward;
import dev.southward.migrate.operation.Operation;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that write migrations: they compare the project's {@code @App} models with the migrations. */
public abstract class AbstractMakeMojo extends AbstractSouthwardMojo {
    /**
     * The {@code @App} classes, comma-separated fully qualified names. Default: every class in the project's
     * output directory annotated with {@code @dev.southward.migrate.model.App}.
     */
    @Parameter(property = "apps")
    private String apps;

    /**
     * How the JPA entities of an {@code @App} are named, as the application's JPA provider names them:
     * {@code spring-boot} (Spring Boot's naming strategies) or {@code hibernate} (Hibernate's defaults). Needed only
     * when an {@code @App} lists JPA entities (module {@code migrate-jpa}, see docs/jpa.md).
     */
    @Parameter(property = AppModels.NAMING_PROPERTY)
    private String jpaNaming;

    @Override
    protected final void run(Southward southward, ProjectClasses classes) throws MojoFailureException {
        make(AppModels.of(classes.apps(apps), jpaNaming).apply(southward));
    }

    /**
     * Makes the migration with the configured apps.
     *
     * @param southward the configured API, with the project's {@code @App} classes
     * @throws MojoFailureException when the migration cannot be made, e.g. unanswered questions or a check that failed
     */
    protected abstract void make(Southward southward) throws MojoFailureException;

    /**
     * Each new migration South style: its operations, then where the file is.
     *
     * @param result  what the core API made
     * @param written true when the files were written, false when they were only printed or checked
     */
    protected void report(MakeResult result, boolean written) {
        result.messages().forEach(getLog()::info);
        for (MakeResult.NewMigration m : result.migrations()) {
            for (Operation op : m.operations()) {
                getLog().info(" + " + op.describe(m.key().app()));
            }
            getLog().info((written ? "Created " : "Would create ") + relative(m.path()));
        }
    }

}
