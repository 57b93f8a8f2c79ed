package dev.southward.migrate.squash;

import dev.southward.migrate.MigrationFileException;
import dev.southward.migrate.MigrationGraphException;
import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.execute.StateReplayer;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.migration.MigrationReader;
import dev.southward.migrate.migration.MigrationWriter;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.state.ProjectState;
import dev.southward.migrate.writer.MigrationNames;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Django's {@code squashmigrations}: one migration that replaces a range of an app's migrations. It lists them in
 * {@code replaces}, depends on what they depended on outside the range, holds their operations folded by the
 * {@link Optimizer} (elidable data migrations dropped), and carries the frozen snapshot of the range's end. Before
 * anything is written the whole project is replayed with the squash in place of the range: the final state must be
 * the same, and no other app's migration may need a migration inside the range while the range needs it (a cycle).
 */
public final class Squasher {
    private Squasher() {
    }

    /**
     * A squash ready to write.
     *
     * @param key       its key
     * @param content   the file text
     * @param replaces  the migrations it replaces
     * @param before    operations in the range (elidable ones included)
     * @param after     operations in the squash
     */
    public record Squash(MigrationKey key, String content, List<MigrationKey> replaces, int before, int after) {
    }

    /**
     * Makes the squash of {@code app} from {@code from} (null: the first) to {@code to}.
     *
     * @param graph    the migrations (squashes in use)
     * @param app      the app
     * @param from     first migration of the range, a target as {@link MigrationGraph#resolve} reads it, or null
     * @param to       last migration of the range
     * @param name     the name after the number, or null for {@code squashed_<to>}
     * @param optimize whether to fold the operations
     * @return the squash
     */
    public static Squash squash(MigrationGraph graph, String app, String from, String to, String name,
            boolean optimize) {
        List<MigrationKey> keys = graph.app(app);
        if (keys.isEmpty()) {
            throw new MigrationGraphException("App '" + app + "' has no migrations (apps with migrations: "
                    + graph.apps() + ")");
        }
        int start = from == null ? 0 : keys.indexOf(graph.resolve(app, from));
        int end = keys.indexOf(graph.resolve(app, to));
        if (end <= start) {
            throw new SouthwardException("Nothing to squash: the range " + keys.get(start).name() + " to "
                    + keys.get(end).name() + " of " + app + " has fewer than two migrations; give -Dto a later one.");
        }
        List<MigrationKey> range = keys.subList(start, end + 1);
        MigrationKey previous = start == 0 ? null : keys.get(start - 1);
        Set<MigrationKey> dependencies = dependencies(graph, range, previous);
        List<MigrationKey> replaces = new ArrayList<>();
        List<Operation> operations = new ArrayList<>();
        List<ProjectState> states = new ArrayList<>();
        Map<MigrationKey, ProjectState> before = StateReplayer.statesBefore(graph, graph.ancestors(range.get(range.size() - 1)));
        for (MigrationKey k : range) {
            replaces.addAll(graph.squashes().getOrDefault(k, List.of()));
            replaces.add(k);
            Migration m = graph.get(k);
            ProjectState state = before.get(k);
            for (Operation op : m.operations()) {
                operations.add(op);
                states.add(state);
                state = op.apply(app, state);
            }
        }
        List<Operation> squashed = optimize ? Optimizer.optimize(app, operations, states)
                : operations.stream().filter(op -> !Optimizer.elidable(op)).toList();
        MigrationKey key = new MigrationKey(app, MigrationNames.numbered(replaces.get(0).number(),
                name == null ? "squashed_" + range.get(range.size() - 1).name() : MigrationNames.clean(name)));
        if (graph.files().stream().anyMatch(m -> m.key().equals(key))) {
            throw new SouthwardException("A migration " + key + " exists already: give another name with -Dname.");
        }
        ProjectState after = StateReplayer.stateAfter(graph, graph.ancestors(range.get(range.size() - 1)));
        String content = MigrationWriter.render(app, List.copyOf(dependencies),
                replaces.stream().map(MigrationKey::name).toList(), squashed, after);
        check(graph, key, content, replaces);
        return new Squash(key, content, List.copyOf(replaces), operations.size(), squashed.size());
    }

    /** What the range depends on outside itself, the migration before it included. */
    private static Set<MigrationKey> dependencies(MigrationGraph graph, List<MigrationKey> range,
            MigrationKey previous) {
        Set<MigrationKey> in = Set.copyOf(range);
        Set<MigrationKey> out = new TreeSet<>();
        for (MigrationKey k : range) {
            for (MigrationKey p : graph.parents(k)) {
                if (!in.contains(p)) {
                    if (p.app().equals(k.app()) && !p.equals(previous)) {
                        throw new SouthwardException("Cannot squash " + range.get(0) + " to " + range.get(range.size() - 1)
                                + ": " + k + " depends on " + p + ", a migration of the app outside the range that is "
                                + "not the one just before it (a branch merged inside the range). Start the range "
                                + "at or before " + p.name() + ".");
                    }
                    out.add(p);
                }
            }
        }
        return out;
    }

    /**
     * Replays the whole project with the squash in place of the range: same final state, no cycle, every
     * operation applies.
     */
    private static void check(MigrationGraph graph, MigrationKey key, String content, List<MigrationKey> replaces) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Migration squash = MigrationReader.read(key, key + ".json (new squash)", () -> new ByteArrayInputStream(bytes));
        List<Migration> files = new ArrayList<>(graph.files());
        files.add(squash);
        ProjectState expected = StateReplayer.stateAfter(graph, graph.order());
        try {
            MigrationGraph with = MigrationGraph.of(files);
            ProjectState actual = StateReplayer.stateAfter(with, with.order());
            if (!actual.equals(expected)) {
                throw new SouthwardException("The squash " + key + " would not end in the same state as the "
                        + "migrations it replaces (a folding rule is wrong for this history): nothing was written. "
                        + "Squash with -Dno-optimize, and please report the range.");
            }
        } catch (MigrationGraphException | MigrationFileException e) {
            throw new SouthwardException("Cannot squash " + replaces.get(0) + " to " + replaces.get(replaces.size() - 1)
                    + ": with the squash in their place, " + e.getMessage() + ". Another app's migration needs a "
                    + "migration inside the range while the range needs it; squash a shorter range. Nothing was "
                    + "written.", e);
        }
    }
}
