package dev.southward.migrate.writer;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.UnansweredQuestionsException;
import dev.southward.migrate.autodetect.Autodetector;
import dev.southward.migrate.execute.StateReplayer;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.migration.MigrationWriter;
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

    public MigrationMaker(ProjectState models, MigrationGraph graph, Path directory) {
        this.models = models;
        this.graph = graph;
        this.directory = directory;
    }

    public MakeResult make(MakeRequest request) {
        ProjectState current = StateReplayer.stateAfter(graph, graph.order());
        checkFrozen(current);
        List<String> apps = appOrder(request.apps().isEmpty() ? appsOfModels() : request.apps(), current);
        Questioner questioner = request.newQuestioner();
        Map<String, MigrationKey> leaves = new HashMap<>();
        List<MakeResult.NewMigration> made = new ArrayList<>();
        List<CrossAppDependencies.Made> madeStates = new ArrayList<>();
        CrossAppDependencies crossApp = new CrossAppDependencies(graph, leaves, madeStates);
        List<String> messages = new ArrayList<>();
        boolean unanswered = false;
        for (String app : apps) {
            List<MigrationKey> appLeaves = graph.leaves(app);
            if (request.mode() != MakeRequest.Mode.MERGE) {
                if (appLeaves.size() > 1) {
                    graph.checkConflicts();
                }
            } else if (appLeaves.size() < 2) {
                messages.add("Nothing to merge in app " + app + " (it has one latest migration)");
                continue;
            }
            if (!appLeaves.isEmpty()) {
                leaves.put(app, appLeaves.get(appLeaves.size() - 1));
            }
            List<Operation> ops = switch (request.mode()) {
                case EMPTY, MERGE -> List.of();
                case DATA -> List.of(new RunJava(request.dataClass(), null));
                case INITIAL, AUTO -> {
                    if (request.mode() == MakeRequest.Mode.INITIAL && !appLeaves.isEmpty()) {
                        throw new SouthwardException("App " + app + " already has migrations (latest "
                                + appLeaves.get(0) + "); use auto for the next one");
                    }
                    if (models.app(app).isEmpty() && appLeaves.isEmpty()) {
                        throw new SouthwardException("Unknown app '" + app + "': no @App declares it");
                    }
                    Autodetector.Detection d = Autodetector.detect(app, current, models, questioner);
                    unanswered |= d.unanswered();
                    yield d.operations();
                }
            };
            if (ops.isEmpty() && (request.mode() == MakeRequest.Mode.AUTO || request.mode() == MakeRequest.Mode.INITIAL)) {
                messages.add("No changes detected in app " + app);
                continue;
            }
            ProjectState after = apply(app, ops, current, request.apps().isEmpty());
            Set<MigrationKey> deps = new TreeSet<>(request.mode() == MakeRequest.Mode.MERGE ? appLeaves
                    : appLeaves.isEmpty() ? List.of() : List.of(appLeaves.get(appLeaves.size() - 1)));
            deps.addAll(crossApp.of(app, ops, current));
            String name = MigrationNames.numbered(nextNumber(app), name(request, ops, appLeaves.isEmpty()));
            MigrationKey key = new MigrationKey(app, name);
            String content = MigrationWriter.render(app, List.copyOf(deps), ops, after);
            made.add(new MakeResult.NewMigration(key, directory.resolve(app).resolve(name + ".json"), ops, content));
            messages.addAll(KeyLengthWarnings.of(key, current, after));
            leaves.put(app, key);
            madeStates.add(new CrossAppDependencies.Made(key, after));
            current = after;
        }
        if (unanswered && !request.isCheck() && questioner instanceof NonInteractiveQuestioner q) {
            throw new UnansweredQuestionsException(q.unanswered());
        }
        if (!request.isCheck() && !request.isPrintOnly()) {
            made.forEach(MigrationMaker::write);
        }
        return new MakeResult(made, messages);
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

    /** The frozen snapshot of each app's latest migration must equal the replay of the operations. */
    private void checkFrozen(ProjectState replayed) {
        for (String app : graph.apps()) {
            for (MigrationKey leaf : graph.leaves(app)) {
                if (graph.leaves(app).size() > 1) {
                    continue; // a conflict: each branch's snapshot is only half of the state
                }
                ProjectState frozen = graph.get(leaf).frozen();
                if (!frozen.equals(replayed.onlyApp(app))) {
                    throw new SouthwardException("The frozen snapshot in " + graph.get(leaf).source() + " ("
                            + leaf + ") does not match what its operations produce: it was edited by hand or "
                            + "the file is damaged. Restore it from version control.");
                }
            }
        }
    }

    private int nextNumber(String app) {
        return graph.app(app).stream().mapToInt(MigrationKey::number).max().orElse(0) + 1;
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

    private List<String> appsOfModels() {
        Set<String> apps = new TreeSet<>();
        models.models().values().forEach(m -> apps.add(m.app()));
        return List.copyOf(apps);
    }

    /**
     * Apps whose models others point into come first, so their new migrations can be depended on; but an app that
     * gives up its foreign keys to a model another app deletes (or re-keys) comes before that app.
     */
    private List<String> appOrder(List<String> apps, ProjectState current) {
        List<String> out = new ArrayList<>();
        List<String> pending = new ArrayList<>(apps);
        while (!pending.isEmpty()) {
            String next = pending.stream().filter(a -> pending.stream().noneMatch(b -> !b.equals(a)
                    && (pointsInto(a, b) || releases(b, a, current)))).findFirst().orElse(pending.get(0));
            out.add(next);
            pending.remove(next);
        }
        return out;
    }

    private boolean pointsInto(String app, String other) {
        for (ModelState m : models.app(app)) {
            for (FieldState f : m.fields()) {
                if (f.foreignKey() != null && f.foreignKey().app().equals(other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code app} drops its references to a model of {@code other} that goes away or changes its key. */
    private boolean releases(String app, String other, ProjectState current) {
        for (ModelState target : current.app(other)) {
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
