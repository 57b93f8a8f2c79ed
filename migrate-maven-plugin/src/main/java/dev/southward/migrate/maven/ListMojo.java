package dev.southward.migrate.maven;

import dev.southward.migrate.Southward;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * South's {@code migrate --list} (the same as {@code migrate:migrate -Dlist}): each app's migrations, {@code (*)}
 * applied, {@code ( )} not applied, {@code (!)} left between migrations, and ghost migrations.
 */
@Mojo(name = "list", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class ListMojo extends AbstractSouthwardMojo {
    /** Only this app. */
    @Parameter(property = "app")
    private String app;

    @Override
    protected void run(Southward southward, ProjectClasses classes) throws MojoFailureException {
        printList(southward, app);
    }
}
