package dev.southward.migrate.maven;

import dev.southward.migrate.Southward;
import dev.southward.migrate.VerifyResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compares the live schema with the frozen state of each app's last applied migration and fails the build
 * listing every difference (a table, column or index changed by hand, or a migration faked).
 */
@Mojo(name = "verify", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class VerifyMojo extends AbstractSouthwardMojo {
    @Override
    protected void run(Southward southward, ProjectClasses classes) throws MojoFailureException {
        VerifyResult result = southward.verify();
        if (!result.ok()) {
            throw new MojoFailureException("The live schema differs from the migrations' state in "
                    + result.all().size() + " place" + (result.all().size() == 1 ? "" : "s") + ":\n  - "
                    + String.join("\n  - ", result.all()));
        }
        getLog().info("The live schema matches the migrations (" + result.differences().size() + " app"
                + (result.differences().size() == 1 ? "" : "s") + " checked).");
    }
}
