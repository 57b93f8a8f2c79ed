package dev.southward.migrate.maven;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.Southward;
import dev.southward.migrate.UnansweredQuestionsException;
import dev.southward.migrate.questioner.Answers;
import dev.southward.migrate.questioner.AnswersThenConsole;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * South's {@code schemamigration}: compares the {@code @App} models with the app's migrations and writes the next
 * numbered migration. Compiles the project first. Questions (a default for a new NOT NULL field, was a field
 * renamed) are asked on the console; in batch mode ({@code -B}) they are answered with {@code defaults},
 * {@code renames}, {@code no-renames}, {@code irreversible} and {@code ignore-nulls}, and an unanswered question
 * fails the build listing every question, writing nothing.
 */
@Mojo(name = "schemamigration", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
@Execute(phase = LifecyclePhase.COMPILE)
public class SchemaMigrationMojo extends AbstractMakeMojo {
    /** The app to make a migration for. Optional with {@code auto} and {@code check} (then: every app). */
    @Parameter(property = "app")
    private String app;

    /** South's {@code --auto}: the changes since the app's last migration. */
    @Parameter(property = "auto", defaultValue = "false")
    private boolean auto;

    /** South's {@code --initial}: the app's first migration, creating all its tables. */
    @Parameter(property = "initial", defaultValue = "false")
    private boolean initial;

    /** An empty migration to fill in by hand (e.g. with {@code run_sql}). */
    @Parameter(property = "empty", defaultValue = "false")
    private boolean empty;

    /** A merge migration depending on both latest migrations of the app, resolving a conflict between branches. */
    @Parameter(property = "merge", defaultValue = "false")
    private boolean merge;

    /** The name after the number; default {@code initial}, {@code auto__<changes>}, {@code empty} or {@code merge}. */
    @Parameter(property = "name")
    private String name;

    /**
     * For CI: write nothing, and fail the build when the models changed but no migration was made. Implies
     * {@code auto} when no other mode is given.
     */
    @Parameter(property = "check", defaultValue = "false")
    private boolean check;

    /**
     * One-off defaults, comma-separated {@code app.Model.field=value}: the value for existing rows of a new NOT NULL
     * field, for existing NULLs of a field made NOT NULL, or for migrating a removed field backwards. E.g.
     * {@code -Ddefaults=images.Image.width=0,images.Image.height=1}; write a comma in a value as {@code \,}.
     */
    @Parameter(property = "defaults")
    private String defaults;

    /**
     * Renames, comma-separated {@code app.Model.field=newName} or {@code app.Model=NewName}, e.g.
     * {@code -Drenames=images.Image.caption=title}.
     */
    @Parameter(property = "renames")
    private String renames;

    /**
     * Not renames, comma-separated {@code app.Model.field} or {@code app.Model}: the old field was removed and the
     * new one added.
     */
    @Parameter(property = "no-renames")
    private String noRenames;

    /** Removed NOT NULL fields whose backwards step is disabled, comma-separated {@code app.Model.field}. */
    @Parameter(property = "irreversible")
    private String irreversible;

    /**
     * Fields made NOT NULL that hold no NULLs (no value needed), comma-separated {@code app.Model.field}.
     *
     */
    @Parameter(property = "ignore-nulls")
    private String ignoreNulls;

    @Override
    protected void make(Southward southward) throws MojoFailureException {
        MakeRequest request = request();
        Answers answers = AnswerOptions.parse(defaults, renames, noRenames, irreversible, ignoreNulls);
        // Check mode asks nothing: it only tells whether a migration is due.
        request = interactive() && !check ? request.questioner(new AnswersThenConsole(answers, new TerminalConsole()))
                : request.answers(answers);
        MakeResult result;
        try {
            result = southward.makeMigrations(request);
        } catch (UnansweredQuestionsException e) {
            throw new MojoFailureException(e.getMessage() + (e.questions().isEmpty() ? "" : "\n" + (interactive()
                    ? "" : interactiveWithoutTerminal() ? "No terminal to ask on (standard input or output is "
                    + "redirected), so questions are answered as in batch mode (-B). " : "In batch mode (-B) ")
                    + "Answer with properties, several separated by commas: -Ddefaults=app.Model.field=value, "
                    + "-Drenames=app.Model.field=newName, -Dno-renames=..., -Dirreversible=..., -Dignore-nulls=..."
                    + (interactive() ? "" : "; or run in a terminal without -B to be asked.")), e);
        }
        report(result, !check);
        if (check && result.changed()) {
            throw new MojoFailureException("Models changed but no migration was made: " + result.migrations().stream()
                    .map(m -> m.key().toString()).collect(Collectors.joining(", ")) + " is due. Run mvn "
                    + "migrate:schemamigration -Dauto" + (app == null ? "" : " -Dapp=" + app)
                    + " and commit the new migration file.");
        }
        if (!result.changed()) {
            getLog().info(check ? "Models and migrations agree." : "Nothing written.");
        } else if (!check) {
            getLog().info("Apply with: mvn migrate:migrate" + (app == null ? "" : " -Dapp=" + app));
        }
    }

    private MakeRequest request() throws MojoFailureException {
        int modes = (auto ? 1 : 0) + (initial ? 1 : 0) + (empty ? 1 : 0) + (merge ? 1 : 0);
        if (modes > 1) {
            throw new MojoFailureException("Choose one of -Dauto, -Dinitial, -Dempty and -Dmerge");
        }
        if (modes == 0 && !check) {
            throw new MojoFailureException("Say what to make: -Dauto (the changes since the last migration), "
                    + "-Dinitial (an app's first migration), -Dempty or -Dmerge; e.g. mvn migrate:schemamigration "
                    + "-Dapp=images -Dauto");
        }
        MakeRequest r;
        if (initial || empty || merge) {
            String a = require(app, "app", "-Dapp=images");
            r = initial ? MakeRequest.initial(a) : empty ? MakeRequest.empty(a, name) : MakeRequest.merge(a);
        } else {
            r = app == null ? MakeRequest.auto() : MakeRequest.auto(app.trim());
        }
        r = name == null ? r : r.name(name);
        return check ? r.check() : r;
    }
}
