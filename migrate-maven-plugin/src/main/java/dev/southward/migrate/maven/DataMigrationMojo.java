package dev.southward.migrate.maven;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.Southward;
import dev.southward.migrate.writer.DataMigrationSkeleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * South's {@code datamigration}: writes a Java class implementing {@code DataMigration} under
 * {@code src/main/java} in the package {@code <groupId>.migrations.<app>}, and the next numbered migration of the
 * app, which calls it. Fill in {@code forwards} and {@code backwards}, then {@code mvn compile migrate:migrate}.
 */
@Mojo(name = "datamigration", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class DataMigrationMojo extends AbstractMakeMojo {
    /** The app whose data is migrated (required). */
    @Parameter(property = "app")
    private String app;

    /** The migration's name (required), e.g. {@code fill_widths}; the class is named after it ({@code FillWidths}). */
    @Parameter(property = "name")
    private String name;

    @Override
    protected void make(Southward southward) throws MojoFailureException {
        String a = require(app, "app", "-Dapp=images -Dname=fill_widths");
        String n = require(name, "name", "-Dapp=" + a + " -Dname=fill_widths");
        if (southward.migrations().stream().noneMatch(m -> m.key().app().equals(a))) {
            throw new MojoFailureException("App " + a + " has no migrations yet: a data migration works on its "
                    + "tables, so make its schema migration first (mvn migrate:schemamigration -Dapp=" + a
                    + " -Dinitial)");
        }
        DataMigrationSkeleton skeleton = new DataMigrationSkeleton(project().getGroupId(), a, n);
        Path sources = Path.of(project().getBuild().getSourceDirectory());
        if (Files.exists(skeleton.file(sources))) {
            throw new MojoFailureException(relative(skeleton.file(sources)) + " exists already: choose another name");
        }
        MakeResult result = southward.makeMigrations(MakeRequest.data(a, n, skeleton.className()));
        report(result, true);
        try {
            skeleton.write(sources, result.migrations().get(0).key());
        } catch (IOException e) {
            throw new MojoFailureException("Cannot write " + skeleton.file(sources) + ": " + e, e);
        }
        getLog().info("Created " + relative(skeleton.file(sources)) + ": fill in forwards() and backwards(), then "
                + "run mvn compile migrate:migrate -Dapp=" + a);
    }
}
