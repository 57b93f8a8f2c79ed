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
        MERGE
    }

    private final List<String> apps;
    private final Mode mode;
    private final String name;
    private final Supplier<Questioner> questioner;
    private final boolean check;

    private MakeRequest(List<String> apps, Mode mode, String name, Supplier<Questioner> questioner, boolean check) {
        this.apps = List.copyOf(apps);
        this.mode = mode;
        this.name = name;
        this.questioner = questioner;
        this.check = check;
    }

    /** Autodetect changes of the given apps (all configured apps when none is given). */
    public static MakeRequest auto(String... apps) {
        return new MakeRequest(List.of(apps), Mode.AUTO, null,
                () -> new NonInteractiveQuestioner(Answers.none()), false);
    }

    public static MakeRequest initial(String app) {
        return auto(app).mode(Mode.INITIAL);
    }

    public static MakeRequest empty(String app, String name) {
        return auto(app).mode(Mode.EMPTY).name(name);
    }

    public static MakeRequest merge(String app) {
        return auto(app).mode(Mode.MERGE);
    }

    public MakeRequest mode(Mode newMode) {
        return new MakeRequest(apps, newMode, name, questioner, check);
    }

    /** The name after the number; default: {@code initial}, {@code auto__<changes>} or {@code merge}. */
    public MakeRequest name(String newName) {
        return new MakeRequest(apps, mode, newName, questioner, check);
    }

    /** Non-interactive answers; every question without one is reported and nothing is written. */
    public MakeRequest answers(Answers answers) {
        return new MakeRequest(apps, mode, name, () -> new NonInteractiveQuestioner(answers), check);
    }

    /** An interactive questioner (the same instance is used for every app). */
    public MakeRequest questioner(Questioner q) {
        return new MakeRequest(apps, mode, name, () -> q, check);
    }

    /** Only report whether the models changed; write nothing. */
    public MakeRequest check() {
        return new MakeRequest(apps, mode, name, questioner, true);
    }

    public List<String> apps() {
        return apps;
    }

    public Mode mode() {
        return mode;
    }

    public String name() {
        return name;
    }

    public Questioner newQuestioner() {
        return questioner.get();
    }

    public boolean isCheck() {
        return check;
    }
}
