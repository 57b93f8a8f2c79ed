package dev.southward.migrate.writer;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.UnansweredQuestionsException;
import dev.southward.migrate.autodetect.Autodetector;
import dev.southward.migrate.autodetect.MoveDetector;
import dev.southward.migrate.execute.Checkpoints;
import dev.southward.migrate.execute.StateReplayer;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.migration.MigrationWriter;
import dev.southward.migrate.operation.AlterField;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.operation.RunJava;
import dev.southward.migrate.questioner.NonInteractiveQuestioner;
import dev.southward.migrate.questioner.Questioner;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Makes new migration files: runs the autodetector per app, names and numbers the result, adds dependencies
 * (the app's previous migration and the other apps' migrations it needs, see {@link CrossAppDependencies}), freezes
 * the state and writes the file. Nothing is written unless every app's migration could be made.
 */
public final class MigrationMaker {
    private final ProjectState models;
    private final MigrationGraph graph;
    private final Path directory;
    private final Set<String> declaredApps;

    /**
     * A maker that knows the apps only by their models: an app without models is not made unless it is named.
     *
     * @param models    the state of the current models
     * @param graph     the existing migrations
     * @param directory where the migration files go, one directory per app
     */
    public MigrationMaker(ProjectState models, MigrationGraph graph, Path directory) {
        this(models, Set.of(), graph, directory);
    }

    /**
     * A maker for the declared apps: a run for all apps makes each of them, including one whose last model was
     * deleted (it has no models left, but its migrations must delete the table).
     *
     * @param models       the state of the current models
     * @param declaredApps the names of the project's {@code @App}s, with or without models
     * @param graph        the existing migrations
     * @param directory    where the migration files go, one directory per app
     */
    public MigrationMaker(ProjectState models, Set<String> declaredApps, MigrationGraph graph, Path directory) {
        this.models = models;
        this.declaredApps = Set.copyOf(declaredApps);
        this.graph = graph;
        this.directory = directory;
    }

    /**
     * Makes the migrations a request asks for: compares models and migrations, asks the questions, writes the files.
     *
     * @param request which apps, the mode, the name and the answers
     * @return the migrations made and the apps without changes
     * @throws dev.southward.migrate.UnansweredQuestionsException when questions went unanswered (nothing is written)
     * @throws dev.southward.migrate.SouthwardException when the request cannot be done, e.g. an initial migration for
     *         an app that has migrations
     */
    public MakeResult make(MakeRequest request) {
        ProjectState current = StateReplayer.stateAfter(graph, graph.order());
        checkFrozen(current);
        Questioner asked = request.newQuestioner();
        Questioner questioner = new OnceAsked(asked);
        boolean detecting = request.mode() == MakeRequest.Mode.AUTO || request.mode() == MakeRequest.Mode.INITIAL;
        Set<String> candidates = new TreeSet<>(request.apps().isEmpty() ? appsOfModels() : request.apps());
        if (request.apps().isEmpty()) {
            candidates.addAll(graph.apps()); // an app all of whose models moved away still records it
        }
        MoveDetector.Result moved = detecting ? MoveDetector.detect(candidates, current, models, questioner)
                : new MoveDetector.Result(List.of(), false);
        if (moved.unanswered() && !request.isCheck() && asked instanceof NonInteractiveQuestioner q) {
            throw new UnansweredQuestionsException(q.unanswered()); // every later step depends on the answer
        }
        List<MoveDetector.Move> moves = moved.moves();
        List<String> requested = new ArrayList<>(request.apps().isEmpty() ? appsOfModels() : request.apps());
        moves.stream().map(MoveDetector.Move::fromApp).filter(a -> !requested.contains(a)).distinct()
                .forEach(requested::add);
        List<String> apps = appOrder(requested, current, moves);
        Map<String, MigrationKey> leaves = new HashMap<>();
        List<MakeResult.NewMigration> made = new ArrayList<>();
        List<CrossAppDependencies.Made> madeStates = new ArrayList<>();
        CrossAppDependencies crossApp = new CrossAppDependencies(graph, leaves, madeStates);
        // Apps whose foreign key columns a migration of another app changed (a re-typed key): each gets a migration
        // that records them, after that one, unless its own migration in this run comes later anyway.
        Map<String, Map<String, Operation>> followers = new TreeMap<>();
        List<String> queue = new ArrayList<>(apps);
        List<String> messages = new ArrayList<>();
        boolean unanswered = moved.unanswered();
        Follower follower = new Follower(graph, leaves, current);
        for (int i = 0; i < queue.size(); i++) {
            String app = queue.get(i);
            Map<String, Operation> following = followers.remove(app);
            List<MigrationKey> appLeaves = graph.leaves(app);
            List<Operation> ops;
            Set<MigrationKey> followed = Set.of();
            if (i >= apps.size()) {
                ops = List.copyOf(following.values());
            } else {
                if (request.mode() != MakeRequest.Mode.MERGE) {
                    if (appLeaves.size() > 1) {
                        graph.checkConflicts();
                    }
                } else if (appLeaves.size() < 2) {
                    messages.add("Nothing to merge in app " + app + " (it has one latest migration)");
                    continue;
                }
                if (!appLeaves.isEmpty() && !leaves.containsKey(app)) {
                    leaves.put(app, appLeaves.get(appLeaves.size() - 1));
                }
                ops = switch (request.mode()) {
                    case EMPTY, MERGE -> List.of();
                    case DATA -> List.of(new RunJava(request.dataClass(), null));
                    case INITIAL, AUTO -> {
                        if (request.mode() == MakeRequest.Mode.INITIAL && !appLeaves.isEmpty()) {
                            throw new SouthwardException("App " + app + " already has migrations (latest "
                                    + appLeaves.get(0) + "); use auto for the next one");
                        }
                        if (models.app(app).isEmpty() && appLeaves.isEmpty() && !declaredApps.contains(app)) {
                            throw new SouthwardException("Unknown app '" + app + "': no @App declares it");
                        }
                        Autodetector.Detection d = Autodetector.detect(app, current, models, questioner, moves);
                        unanswered |= d.unanswered();
                        yield d.operations().isEmpty() && following != null ? List.copyOf(following.values())
                                : d.operations();
                    }
                };
                if (ops.isEmpty() && detecting) {
                    followed = follower.causes(app, current);
                    if (followed.isEmpty()) {
                        messages.add("No changes detected in app " + app);
                        continue;
                    }
                }
            }
            ProjectState after = apply(app, ops, current, request.apps().isEmpty());
            MigrationKey previous = leaves.get(app);
            Set<MigrationKey> deps = new TreeSet<>(request.mode() == MakeRequest.Mode.MERGE && i < apps.size()
                    ? appLeaves : previous == null ? List.of() : List.of(previous));
            deps.addAll(crossApp.of(app, ops, current));
            deps.addAll(followed);
            String name = MigrationNames.numbered(nextNumber(app, made), !followed.isEmpty() ? Follower.name(followed)
                    : i >= apps.size() ? MigrationNames.auto(ops) : name(request, ops, appLeaves.isEmpty()));
            MigrationKey key = new MigrationKey(app, name);
            String content = MigrationWriter.render(app, List.copyOf(deps), ops,
                    MigrationWriter.checkpoint(key) || request.mode() == MakeRequest.Mode.MERGE ? after : null);
            made.add(new MakeResult.NewMigration(key, directory.resolve(app).resolve(name + ".json"), ops, content));
            messages.addAll(KeyLengthWarnings.of(key, current, after));
            leaves.put(app, key);
            madeStates.add(new CrossAppDependencies.Made(key, after));
            recordFollowers(app, current, after, followers, i, queue);
            follower.made(key, current, after);
            current = after;
        }
        if (detecting) {
            for (String app : graph.apps()) {
                Set<MigrationKey> causes = apps.contains(app) ? Set.of() : follower.causes(app, current);
                if (!causes.isEmpty()) {
                    List<MigrationKey> appLeaves = graph.leaves(app);
                    Set<MigrationKey> deps = new TreeSet<>(causes);
                    deps.add(appLeaves.get(appLeaves.size() - 1));
                    String name = MigrationNames.numbered(nextNumber(app, made), Follower.name(causes));
                    MigrationKey key = new MigrationKey(app, name);
                    made.add(new MakeResult.NewMigration(key, directory.resolve(app).resolve(name + ".json"),
                            List.of(), MigrationWriter.render(app, List.copyOf(deps), List.of(),
                                    MigrationWriter.checkpoint(key) ? current : null)));
                }
            }
        }
        List<String> open = unanswered && asked instanceof NonInteractiveQuestioner q ? q.unanswered()
                : List.of();
        List<String> unused = request.isCheck() ? List.of() : questioner.unusedAnswers();
        if (!request.isCheck() && (!open.isEmpty() || !unused.isEmpty())) {
            throw new UnansweredQuestionsException(open, unused);
        }
        if (!request.isCheck() && !request.isPrintOnly()) {
            made.forEach(MigrationMaker::write);
        }
        return new MakeResult(made, messages);
    }

    /**
     * Notes the fields of other apps that a migration of {@code app} changed (foreign key columns following a
     * re-typed key), as the operations that record them, and queues those apps unless they come later anyway.
     */
    private static void recordFollowers(String app, ProjectState before, ProjectState after,
            Map<String, Map<String, Operation>> followers, int position, List<String> queue) {
        for (String other : CrossAppDependencies.changedApps(app, before, after)) {
            Map<String, Operation> ops = new java.util.LinkedHashMap<>();
            for (ModelState m : before.app(other)) {
                ModelState now = after.model(m.key()).orElse(null);
                for (FieldState f : now == null ? List.<FieldState>of() : m.fields()) {
                    FieldState changed = now.field(f.name()).orElse(f);
                    // Only columns re-typed with their key; a foreign key retargeted by a move is Follower's.
                    if (!changed.sameColumnType(f)) {
                        ops.put(m.name() + "." + f.name(), new AlterField(m.name(), changed, null));
                    }
                }
            }
            if (ops.isEmpty()) {
                continue;
            }
            followers.computeIfAbsent(other, k -> new java.util.LinkedHashMap<>()).putAll(ops);
            if (!queue.subList(position + 1, queue.size()).contains(other)) {
                queue.add(other);
            }
        }
    }

    private static ProjectState apply(String app, List<Operation> ops, ProjectState state, boolean allApps) {
        for (Operation op : ops) {
            try {
                state = op.apply(app, state);
            } catch (IllegalStateException e) {
                throw new SouthwardException("Cannot make the migration of app " + app + ": " + op.describe(app)
                        + " does not apply: " + e.getMessage() + (allApps ? "" : ". Make the migrations of the apps "
                        + "that refer to it first, or of all apps together") + ". Nothing was written.", e);
            }
        }
        return state;
    }

    /** The nearest frozen snapshot of each app's latest migration must equal the replay of the operations. */
    private void checkFrozen(ProjectState replayed) {
        for (String app : graph.apps()) {
            for (MigrationKey leaf : graph.leaves(app)) {
                if (graph.leaves(app).size() > 1) {
                    continue; // a conflict: each branch's snapshot is only half of the state
                }
                // Only checkpoints carry a snapshot: the nearest one is checked against the replay up to it.
                Checkpoints.differing(graph, leaf, replayed).ifPresent(at -> {
                    throw new SouthwardException("The frozen snapshot in " + graph.get(at).source() + " ("
                            + at + ") does not match what its operations produce: it was edited by hand or "
                            + "the file is damaged. Restore it from version control.");
                });
            }
        }
    }

    private int nextNumber(String app, List<MakeResult.NewMigration> made) {
        int madeNow = made.stream().filter(m -> m.key().app().equals(app)).mapToInt(m -> m.key().number()).max()
                .orElse(0);
        // Over the files, not the graph: a squash takes the number of the first migration it replaces.
        int files = graph.files().stream().map(m -> m.key()).filter(k -> k.app().equals(app))
                .mapToInt(MigrationKey::number).max().orElse(0);
        return Math.max(madeNow, files) + 1;
    }

    private static String name(MakeRequest request, List<Operation> ops, boolean first) {
        if (request.name() != null) {
            return MigrationNames.clean(request.name());
        }
        return switch (request.mode()) {
            case MERGE -> "merge";
            case DATA -> "data";
            case EMPTY -> "empty";
            default -> first ? "initial" : MigrationNames.auto(ops);
        };
    }

    /** The declared apps and the apps of the models (a state made without classes declares none). */
    private List<String> appsOfModels() {
        Set<String> apps = new TreeSet<>(declaredApps);
        models.models().values().forEach(m -> apps.add(m.app()));
        return List.copyOf(apps);
    }

    /**
     * Apps whose models others point into come first, so their new migrations can be depended on; but an app that
     * gives up its foreign keys to a model another app deletes (or re-keys) comes before that app. Moves and renames
     * go before both: the new app of a moved model, and an app renaming a model others reference, come first.
     */
    private List<String> appOrder(List<String> apps, ProjectState current, List<MoveDetector.Move> moves) {
        List<String> out = new ArrayList<>();
        List<String> pending = new ArrayList<>(apps);
        while (!pending.isEmpty()) {
            // Moves, renames and released references must come first or the other app's migration cannot apply;
            // a reference to a model another app creates or re-keys only needs that app's migration to exist.
            String next = pending.stream().filter(a -> pending.stream().noneMatch(b -> !b.equals(a)
                    && (mustFollow(a, b, current, moves) || !mustFollow(b, a, current, moves)
                            && pointsInto(a, b, current))))
                    .findFirst()
                    .orElse(pending.stream().filter(a -> pending.stream().noneMatch(b -> !b.equals(a)
                            && mustFollow(a, b, current, moves)))
                            // An app without migrations first: the others' dependencies need its first one.
                            .min(java.util.Comparator.comparing(a -> !graph.leaves(a).isEmpty()))
                            .orElse(pending.get(0)));
            out.add(next);
            pending.remove(next);
        }
        return out;
    }

    /**
     * Whether {@code app}'s migration must come after {@code other}'s: {@code other} takes a model moved out of
     * {@code app}, moves or renames a model that {@code app} references, or deletes or re-keys a model whose
     * references {@code app} drops.
     */
    private boolean mustFollow(String app, String other, ProjectState current, List<MoveDetector.Move> moves) {
        return movesInto(moves, app, other) || movesReferenced(moves, other, app, current)
                || releases(other, app, current, moves);
    }

    /** Whether a model moves from {@code app} to {@code other}: the new app's migration moves it, so it comes first. */
    private static boolean movesInto(List<MoveDetector.Move> moves, String app, String other) {
        return moves.stream().anyMatch(m -> !m.rename() && m.fromApp().equals(app) && m.toApp().equals(other));
    }

    /**
     * Whether {@code app} moves in or renames a model that {@code other} references: its migration comes first, so
     * the other app's foreign keys already follow the new name and are no change of their own.
     */
    private static boolean movesReferenced(List<MoveDetector.Move> moves, String app, String other,
            ProjectState current) {
        return moves.stream().anyMatch(m -> m.toApp().equals(app) && current.referencesTo(m.from())
                .stream().anyMatch(e -> e.getKey().app().equals(other)));
    }

    /** Whether {@code app} references a model of {@code other} that is new or has a new key. */
    private boolean pointsInto(String app, String other, ProjectState current) {
        for (ModelState m : models.app(app)) {
            for (FieldState f : m.fields()) {
                if (f.foreignKey() != null && f.foreignKey().app().equals(other)) {
                    ModelState was = current.model(f.foreignKey().model()).orElse(null);
                    ModelState now = models.model(f.foreignKey().model()).orElse(null);
                    if (was == null || now == null || !was.primaryKey().equals(now.primaryKey())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code app} drops its references to a model of {@code other} that goes away or changes its key. */
    private boolean releases(String app, String other, ProjectState current, List<MoveDetector.Move> moves) {
        if (app.equals(other)) {
            return false;
        }
        for (ModelState target : current.app(other)) {
            if (moves.stream().anyMatch(m -> m.from().equals(target.key()))) {
                continue; // moved or renamed: references follow it, nothing is released
            }
            ModelState now = models.model(target.key()).orElse(null);
            if (now != null && now.primaryKey().equals(target.primaryKey())) {
                continue;
            }
            boolean before = current.referencesTo(target.key()).stream().anyMatch(e -> e.getKey().app().equals(app));
            boolean after = models.referencesTo(target.key()).stream().anyMatch(e -> e.getKey().app().equals(app));
            if (before && !after) {
                return true;
            }
        }
        return false;
    }

    private static void write(MakeResult.NewMigration m) {
        try {
            Files.createDirectories(m.path().getParent());
            Files.writeString(m.path(), m.content(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + m.path(), e);
        }
    }
}
