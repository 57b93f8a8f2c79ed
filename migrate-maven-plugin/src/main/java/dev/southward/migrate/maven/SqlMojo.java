package dev.southward.migrate.maven;

import dev.southward.migrate.Southward;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The forwards (or with {@code -Dbackwards} the backwards) SQL of one migration, for the database's dialect,
 * printed to standard output: {@code mvn -q migrate:sql -Dapp=images -Dname=0002 > 0002.sql}. Runs nothing.
 */
@Mojo(name = "sql", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class SqlMojo extends AbstractSouthwardMojo {
    /** The migration's app (required). */
    @Parameter(property = "app")
    private String app;

    /** The migration: a number ({@code 0002}) or its full name. {@code target} is accepted as well. */
    @Parameter(property = "name")
    private String name;

    /** The same as {@code name}, so that {@code -Dtarget=0002} works as with migrate. */
    @Parameter(property = "target")
    private String target;

    /** Print the SQL that unapplies the migration instead. */
    @Parameter(property = "backwards", defaultValue = "false")
    private boolean backwards;

    @Override
    protected void run(Southward southward, ProjectClasses classes) throws MojoFailureException {
        String a = require(app, "app", "-Dapp=images -Dname=0002");
        String migration = require(name != null ? name : target, "name", "-Dapp=" + a + " -Dname=0002");
        List<String> sql = southward.sql(a, migration, backwards);
        StringBuilder s = new StringBuilder();
        for (String statement : sql) {
            s.append(statement).append(statement.startsWith("--") ? "\n" : ";\n");
        }
        print(sql.isEmpty() ? "-- no SQL\n" : s.toString());
    }
}
