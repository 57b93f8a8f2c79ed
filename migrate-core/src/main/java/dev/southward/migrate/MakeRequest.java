package dev.southward.migrate;

import dev.southward.migrate.questioner.Answers;
import dev.southward.migrate.questioner.NonInteractiveQuestioner;
import dev.southward.migrate.questioner.Questioner;
import java.util.List;
import java.util.function.Supplier;

/**
 * What {@link Southward#makeMigrations} should write: South's {@code schemamigration} options. Immutable.
 *
 * <pre>{@code
 * MakeRequest.auto("images").answers(Answers.none().defaultFor("images.Image.width", "0"))
 * MakeRequest.initial("accounts")
 * MakeRequest.empty("images", "fill_thumbnails")
 * MakeRequest.auto().check()          // all apps; only report whether models and migrations agree
 * }</pre>
 */
public final class MakeRequest {
    /** How the migration is made. */
    public enum Mode {
        /** Diff the models against the last migration (South's {@code --auto}). */
        AUTO,
        /** The first migration of an app (South's {@code --initial}); refused when the app has migrations. */
        INITIAL,
        /** A migration without operations, to fill in by hand. */
        EMPTY,
        /** A migration that depends on every leaf of an app, resolving a conflict. */
        MERGE,
        /** A data migration: one {@code run_java} operation calling {@link #dataClass()}. */
        DATA
    }

    private final List<String> apps;
    private final Mode mode;
    private final String name;
    private final Supplier<Questioner> questioner;
    private final boolean check;
    private final String dataClass;
    private final boolean printOnly;
    private final boolean update;

    private MakeRequest(List<String> apps, Mode mode, String name, Supplier<Questioner> questioner, boolean check,
            String dataClass) {
        this(apps, mode, name, questioner, check, dataClass, false, false);
    }

    private MakeRequest(List<String> apps, Mode mode, String name, Supplier<Questioner> questioner, boolean check,
            String dataClass, boolean printOnly, boolean update) {
        this.apps = List.copyOf(apps);
        this.mode = mode;
        this.name = name;
        this.questioner = questioner;
        this.check = check;
        this.dataClass = dataClass;
        this.printOnly = printOnly;
        this.update = update;
    }

    /**
     * Autodetect changes of the given apps (all configured apps when none is given).
     *
     * @param apps the apps to make migrations for; none means every app
     * @return a request for automatic migrations, answering no question (a question fails the run)
     */
    public static MakeRequest auto(String... apps) {
        return new MakeRequest(List.of(apps), Mode.AUTO, null,
                () -> new NonInteractiveQuestioner(Answers.none()), false, null);
    }

    /**
     * The first migration of an app (South's {@code --initial}): a {@code create_model} for each of its models.
     *
     * @param app the app, which must have no migration yet
     * @return the request
     */
    public static MakeRequest initial(String app) {
        return auto(app).mode(Mode.INITIAL);
    }

    /**
     * An empty migration to fill in by hand (South's {@code schemamigration app name --empty}).
     *
     * @param app  the app
     * @param name the name after the number, e.g. {@code fill_thumbnails}
     * @return the request
     */
    public static MakeRequest empty(String app, String name) {
        return auto(app).mode(Mode.EMPTY).name(name);
    }

    /**
     * A migration that depends on every latest migration of an app, ending a conflict (two branches).
     *
     * @param app the app with the conflict
     * @return the request
     */
    public static MakeRequest merge(String app) {
        return auto(app).mode(Mode.MERGE);
    }

    /**
     * A data migration named {@code name} whose forwards and backwards are the methods of {@code className}, a
     * {@link dev.southward.migrate.operation.DataMigration} (South's {@code datamigration}).
     *
     * @param app       the app
     * @param name      the name after the number, e.g. {@code fill_names}
     * @param className the fully qualified name of the {@code DataMigration} class
     * @return the request
     */
    public static MakeRequest data(String app, String name, String className) {
        return new MakeRequest(List.of(app), Mode.DATA, name, () -> new NonInteractiveQuestioner(Answers.none()),
                false, className);
    }

    /**
     * A copy with another mode; the factory methods choose one already.
     *
     * @param newMode how the migration is made
     * @return a changed copy
     */
    public MakeRequest mode(Mode newMode) {
        return new MakeRequest(apps, newMode, name, questioner, check, dataClass, printOnly, update);
    }

    /**
     * The name after the number; default: {@code initial}, {@code auto__<changes>} or {@code merge}.
     *
     * @param newName the name; lower-cased, with {@code _} for any run of other characters than letters and digits
     * @return a changed copy
     */
    public MakeRequest name(String newName) {
        return new MakeRequest(apps, mode, newName, questioner, check, dataClass, printOnly, update);
    }

    /**
     * Non-interactive answers; every question without one is reported and nothing is written.
     *
     * @param answers the answers to one-off defaults and renames, keyed as in the questions
     * @return a changed copy
     */
    public MakeRequest answers(Answers answers) {
        return new MakeRequest(apps, mode, name, () -> new NonInteractiveQuestioner(answers), check, dataClass,
                printOnly, update);
    }

    /**
     * An interactive questioner (the same instance is used for every app).
     *
     * @param q the questioner asking a person, e.g. an {@code InteractiveQuestioner} on the console
     * @return a changed copy
     */
    public MakeRequest questioner(Questioner q) {
        return new MakeRequest(apps, mode, name, () -> q, check, dataClass, printOnly, update);
    }

    /**
     * Only report whether the models changed; write nothing.
     *
     * @return a changed copy that writes nothing; the result says whether a migration is due
     */
    public MakeRequest check() {
        return new MakeRequest(apps, mode, name, questioner, true, dataClass, printOnly, update);
    }

    /**
     * South's {@code --stdout}: make the migration, asking its questions, but write no file; the caller prints
     * {@link MakeResult.NewMigration#content()}.
     *
     * @return a changed copy
     */
    public MakeRequest printOnly() {
        return new MakeRequest(apps, mode, name, questioner, check, dataClass, true, update);
    }

    /**
     * South's {@code --update}: remake the app's latest migration (same number) instead of adding one. Refused when
     * the app has several latest migrations or another migration depends on the latest; the caller unapplies it
     * first if it is applied.
     *
     * @return a changed copy
     */
    public MakeRequest update() {
        return new MakeRequest(apps, mode, name, questioner, check, dataClass, printOnly, true);
    }

    /**
     * Whether no file is written although questions are asked ({@link #printOnly()}).
     *
     * @return true for {@code --stdout}
     */
    public boolean isPrintOnly() {
        return printOnly;
    }

    /**
     * Whether the latest migration is remade ({@link #update()}).
     *
     * @return true for {@code --update}
     */
    public boolean isUpdate() {
        return update;
    }

    /**
     * The apps to make migrations for.
     *
     * @return the apps; empty for every app
     */
    public List<String> apps() {
        return apps;
    }

    /**
     * How the migration is made.
     *
     * @return the mode
     */
    public Mode mode() {
        return mode;
    }

    /**
     * The name after the number, when given.
     *
     * @return the name, or null for the default name
     */
    public String name() {
        return name;
    }

    /**
     * The questioner for one run: a new one for non-interactive answers, the given one for {@link #questioner}.
     *
     * @return the questioner that answers this run's questions
     */
    public Questioner newQuestioner() {
        return questioner.get();
    }

    /**
     * For {@link Mode#DATA}: the data migration class.
     *
     * @return the fully qualified class name, or null in the other modes
     */
    public String dataClass() {
        return dataClass;
    }

    /**
     * Whether only to report if a migration is due ({@link #check()}).
     *
     * @return true when nothing is written
     */
    public boolean isCheck() {
        return check;
    }
}
