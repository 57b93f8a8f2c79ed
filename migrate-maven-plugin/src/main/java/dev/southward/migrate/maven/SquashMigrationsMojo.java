package dev.southward.migrate.maven;

import dev.southward.migrate.Southward;
import dev.southward.migrate.SquashRequest;
import dev.southward.migrate.SquashResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Django's {@code squashmigrations}: {@code mvn migrate:squashmigrations -Dapp=images [-Dfrom=0001] -Dto=0040
 * [-Dname=…] [-Dno-optimize]} writes one migration that replaces the range, listing it in {@code replaces}. Commit
 * it next to the old files; delete those only once every database has migrated past the squash (see
 * docs/tutorial/part11-squashing.md). Reads no database.
 */
@Mojo(name = "squashmigrations", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class SquashMigrationsMojo extends AbstractSouthwardMojo {
    /** The app whose migrations are squashed (required). */
    @Parameter(property = "app")
    private String app;

    /** The first migration of the range (a number, a name or a unique prefix); default the app's first. */
    @Parameter(property = "from")
    private String from;

    /** The last migration of the range (required). */
    @Parameter(property = "to")
    private String to;

    /** The squash's name after its number; default {@code squashed_<last>}. */
    @Parameter(property = "name")
    private String name;

    /** Keep the operations as they are instead of folding them (elidable data migrations are still dropped). */
    @Parameter(property = "no-optimize", defaultValue = "false")
    private boolean noOptimize;

    @Override
    protected void run(Southward southward, ProjectClasses classes) throws MojoFailureException {
        String a = require(app, "app", "-Dapp=images -Dto=0040");
        String t = require(to, "to", "-Dapp=" + a + " -Dto=0040");
        SquashRequest request = SquashRequest.app(a).to(t);
        request = from == null ? request : request.from(from);
        request = name == null ? request : request.name(name);
        request = noOptimize ? request.noOptimize() : request;
        SquashResult result = southward.squashMigrations(request);
        java.nio.file.Path base = project().getBasedir().toPath().toAbsolutePath();
        java.nio.file.Path file = result.file().toAbsolutePath();
        String shown = file.startsWith(base) ? base.relativize(file).toString() : file.toString();
        getLog().info(result.render().replace(result.file().toString(), shown));
    }
}
