package dev.southward.migrate.cli;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.Southward;
import dev.southward.migrate.UnansweredQuestionsException;
import dev.southward.migrate.questioner.Answers;
import dev.southward.migrate.questioner.AnswersThenConsole;
import dev.southward.migrate.report.AnswerSpec;
import dev.southward.migrate.report.ExitCode;
import dev.southward.migrate.report.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * South's {@code schemamigration}: compares the {@code @App} models with the app's migrations and writes the next
 * numbered migration. Questions are asked on a terminal and answered by flags otherwise.
 */
@Command(name = "schemamigration", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Compares the @App models (compiled, on --classpath) with the app's migrations and writes "
                + "the next numbered migration into the migrations folder.",
            "Questions (a value for existing rows of a new NOT NULL field, was a field renamed) are asked on a "
                + "terminal; otherwise answer them with --default, --rename, --no-rename, --irreversible and "
                + "--ignore-nulls. Unanswered questions exit with 2 and write nothing."})
final class SchemaMigrationCommand extends BaseCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "APP", description = "The app. Optional with --auto "
            + "and --check (then: every app).")
    String app;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "The name after the number, as "
            + "--name.")
    String positionalName;

    @Option(names = "--auto", order = 1, description = "The changes since the app's last migration.")
    boolean auto;

    @Option(names = "--initial", order = 2, description = "The app's first migration, creating all its tables.")
    boolean initial;

    @Option(names = "--empty", order = 3, description = "An empty migration to fill in by hand.")
    boolean empty;

    @Option(names = "--merge", order = 4, description = "A migration depending on both latest migrations of the "
            + "app, resolving a conflict between branches.")
    boolean merge;

    @Option(names = "--name", paramLabel = "NAME", order = 5, description = "The name after the number (default "
            + "initial, auto__<changes>, empty or merge).")
    String name;

    @Option(names = "--stdout", order = 6, description = "Print the migration to standard output instead of "
            + "writing the file.")
    boolean stdout;

    @Option(names = "--update", order = 7, description = "Remake the app's latest migration instead of adding "
            + "one; if the database (--url) has it applied, it is unapplied first.")
    boolean update;

    @Option(names = "--check", order = 8, description = "Write nothing; exit code 4 when the models changed but "
            + "no migration was made. Implies --auto.")
    boolean check;

    @Option(names = "--default", paramLabel = "app.Model.field=VALUE", order = 9, description = "A one-off value: "
            + "for existing rows of a new NOT NULL field, for existing NULLs of a field made NOT NULL, or for "
            + "migrating a removed field backwards. May be repeated.")
    List<String> defaults = new ArrayList<>();

    @Option(names = "--rename", paramLabel = "app.Model[.field]=NEW", order = 10,
            description = "A field or model was renamed to NEW. May be repeated.")
    List<String> renames = new ArrayList<>();

    @Option(names = "--no-rename", paramLabel = "app.Model[.field]", order = 11, description = "Not a rename: the "
            + "old field or model was removed and the new one added. May be repeated.")
    List<String> noRenames = new ArrayList<>();

    @Option(names = "--irreversible", paramLabel = "app.Model.field", order = 12, description = "A removed NOT "
            + "NULL field whose backwards step is disabled. May be repeated.")
    List<String> irreversible = new ArrayList<>();

    @Option(names = "--ignore-nulls", paramLabel = "app.Model.field", order = 13, description = "A field made "
            + "NOT NULL that holds no NULLs. May be repeated.")
    List<String> ignoreNulls = new ArrayList<>();

    @Option(names = "--interactive", order = 14, description = "Ask the questions on standard input even when it "
            + "is not a terminal.")
    boolean interactive;

    @Option(names = "--no-input", order = 15, description = "Never ask: unanswered questions fail.")
    boolean noInput;

    @Override
    protected boolean writesMigrations() {
        return true;
    }

    @Override
    protected ExitCode run() {
        MakeRequest request = request();
        Answers answers;
        try {
            answers = AnswerSpec.parse(join(defaults), join(renames), join(noRenames), join(irreversible),
                    join(ignoreNulls));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage());
        }
        // Check mode asks nothing: it only tells whether a migration is due.
        request = root.interactive(interactive, noInput) && !check
                ? request.questioner(new AnswersThenConsole(answers, root.console())) : request.answers(answers);
        List<Class<?>> apps = classpath().apps(settings().apps());
        if (apps.isEmpty()) {
            throw new UsageException("No @App classes found: give --classpath with the compiled models (e.g. "
                    + "--classpath target/classes) or name them with --apps");
        }
        Southward southward = southward(false)
                .withApps(apps.toArray(Class<?>[]::new));
        if (update) {
            new UpdateRollback(southward, settings().url() != null, this::out, this::err).unapplyLatest(app);
        }
        MakeResult result;
        try {
            result = southward.makeMigrations(request);
        } catch (UnansweredQuestionsException e) {
            err("Error: " + CliWords.answers(e.getMessage()));
            err("Answer with flags: --default app.Model.field=value, --rename app.Model.field=newName, --no-rename "
                    + "app.Model.field, --irreversible app.Model.field, --ignore-nulls app.Model.field; or run on a "
                    + "terminal (or with --interactive) to be asked.");
            return ExitCode.USAGE;
        }
        return report(result);
    }

    private ExitCode report(MakeResult result) {
        boolean written = !check && !stdout;
        // With --stdout, standard output is the migration file only.
        Reports.made(result, written, this::relative).forEach(stdout ? this::err : this::out);
        if (stdout) {
            result.migrations().forEach(m -> print(m.content()));
        }
        if (check && result.changed()) {
            err("Models changed but no migration was made: " + result.migrations().stream()
                    .map(m -> m.key().toString()).collect(Collectors.joining(", ")) + " is due. Run southward "
                    + "schemamigration " + (app == null ? "" : app + " ") + "--auto and commit the new migration "
                    + "file.");
            return ExitCode.CHECK_FAILED;
        }
        if (!result.changed()) {
            out(check ? "Models and migrations agree." : "Nothing written.");
        } else if (written) {
            out("Apply with: southward migrate" + (app == null ? "" : " " + app));
        }
        return ExitCode.DONE;
    }

    private MakeRequest request() {
        int modes = (auto ? 1 : 0) + (initial ? 1 : 0) + (empty ? 1 : 0) + (merge ? 1 : 0);
        if (modes > 1) {
            throw new UsageException("Choose one of --auto, --initial, --empty and --merge");
        }
        if (modes == 0 && !check) {
            throw new UsageException("Say what to make: --auto (the changes since the last migration), --initial "
                    + "(an app's first migration), --empty or --merge; e.g. southward schemamigration images --auto");
        }
        if (name != null && positionalName != null) {
            throw new UsageException("Give the name once: as NAME or as --name");
        }
        if (interactive && noInput) {
            throw new UsageException("Choose one of --interactive and --no-input");
        }
        if (check && (stdout || update)) {
            throw new UsageException("--check writes nothing: drop --stdout and --update");
        }
        if (update && (initial || merge || app == null)) {
            throw new UsageException("--update remakes one app's latest migration: southward schemamigration APP "
                    + "--auto --update (or --empty --update)");
        }
        String n = name != null ? name : positionalName;
        MakeRequest r;
        if (initial || empty || merge) {
            if (app == null) {
                throw new UsageException("Name the app, e.g. southward schemamigration images --"
                        + (initial ? "initial" : empty ? "empty" : "merge"));
            }
            r = initial ? MakeRequest.initial(app) : empty ? MakeRequest.empty(app, n) : MakeRequest.merge(app);
        } else {
            r = app == null ? MakeRequest.auto() : MakeRequest.auto(app);
        }
        r = n == null ? r : r.name(n);
        r = stdout ? r.printOnly() : r;
        r = update ? r.update() : r;
        return check ? r.check() : r;
    }

    /** Repeated flag values as one comma-separated list, commas inside a value escaped. */
    private static String join(List<String> values) {
        return values.stream().map(v -> v.replace(",", "\\,")).collect(Collectors.joining(","));
    }
}
