package dev.southward.migrate.graph;

import dev.southward.migrate.MigrationGraphException;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.migration.MigrationKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The dependency graph of all migrations of all apps. Within an app each migration depends on its predecessor
 * (written into the file; assumed from numbering when a hand-written file declares none), and cross-app
 * dependencies come from foreign keys or by hand.
 */
public final class MigrationGraph {
    private final TreeMap<MigrationKey, Migration> nodes = new TreeMap<>();
    private final Map<MigrationKey, Set<MigrationKey>> parents = new HashMap<>();
    private final Map<MigrationKey, Set<MigrationKey>> children = new HashMap<>();
    private final List<MigrationKey> order;
    private final List<Migration> files;
    private final Replacements replacements;
    /** Each app's migrations in topological order, computed once: thousands of lookups must not scan them all. */
    private final Map<String, List<MigrationKey>> byApp = new java.util.TreeMap<>();

    private MigrationGraph(Collection<Migration> all, Set<MigrationKey> recorded) {
        files = List.copyOf(all);
        replacements = Replacements.resolve(all, recorded);
        replacements.migrations().forEach(m -> nodes.put(m.key(), m));
        for (Migration m : nodes.values()) {
            Set<MigrationKey> deps = new TreeSet<>(m.dependencies());
            if (deps.stream().noneMatch(d -> d.app().equals(m.app()))) {
                previousInApp(m.key()).ifPresent(deps::add);
            }
            for (MigrationKey d : deps) {
                if (!nodes.containsKey(d)) {
                    throw new MigrationGraphException("Migration " + m.key() + " (" + m.source()
                            + ") depends on " + d + ", which does not exist");
                }
                children.computeIfAbsent(d, k -> new TreeSet<>()).add(m.key());
            }
            parents.put(m.key(), deps);
        }
        order = topologicalOrder();
        for (MigrationKey k : order) {
            byApp.computeIfAbsent(k.app(), a -> new ArrayList<>()).add(k);
        }
        byApp.replaceAll((a, keys) -> List.copyOf(keys));
    }

    /**
     * Builds and validates the graph: missing dependencies and cycles are errors. Every squash is in use (as for a
     * database where none of the migrations it replaces is applied); see {@link #forHistory}.
     *
     * @param migrations every migration file found
     * @return the graph
     */
    public static MigrationGraph of(Collection<Migration> migrations) {
        return new MigrationGraph(migrations, Set.of());
    }

    /**
     * The graph for a database: a squash whose replaced migrations are partly applied is set aside for them
     * (see {@link Replacements}). This graph itself when nothing changes.
     *
     * @param recorded the migrations the history records as applied
     * @return the graph to plan with
     */
    public MigrationGraph forHistory(Set<MigrationKey> recorded) {
        if (replacements.inUse().isEmpty() && replacements.partial().isEmpty()) {
            return this;
        }
        MigrationGraph g = new MigrationGraph(files, recorded);
        return g.replacements.inUse().equals(replacements.inUse()) && g.replacements.partial().isEmpty() ? this : g;
    }

    /**
     * The squashes in use and what each replaces.
     *
     * @return squash to the migrations of its app it replaces, in order
     */
    public Map<MigrationKey, List<MigrationKey>> squashes() {
        return replacements.inUse();
    }

    /**
     * Whether a migration is named in the {@code replaces} of a squash in use (its history row is no ghost).
     *
     * @param key a migration
     * @return true when a squash in use replaces it
     */
    public boolean isReplaced(MigrationKey key) {
        for (List<MigrationKey> r : replacements.inUse().values()) {
            if (r.contains(key)) {
                return true;
            }
        }
        return replacements.partial().stream().anyMatch(p -> p.applied().contains(key) || p.pending().contains(key)
                || p.squash().equals(key));
    }

    /**
     * The ranges partly applied, for the history this graph was made for.
     *
     * @return the partly applied ranges; empty normally
     */
    public List<PartialRange> partial() {
        return replacements.partial();
    }

    /**
     * The applied migrations of this graph: the recorded ones that are in it, and each squash in use whose row or
     * replaced migrations are all recorded.
     *
     * @param recorded the migrations the history records as applied
     * @return the applied migrations of the graph
     */
    public Set<MigrationKey> applied(Set<MigrationKey> recorded) {
        Set<MigrationKey> out = new TreeSet<>();
        recorded.stream().filter(nodes::containsKey).forEach(out::add);
        replacements.inUse().forEach((s, r) -> {
            if (recorded.containsAll(r)) {
                out.add(s);
            }
        });
        return out;
    }

    /**
     * Every migration file found, squashed or not.
     *
     * @return the files
     */
    public List<Migration> files() {
        return files;
    }

    /** The latest migration of the same app with a lower number (keys sort by app, then name). */
    private java.util.Optional<MigrationKey> previousInApp(MigrationKey key) {
        for (MigrationKey k = nodes.lowerKey(key); k != null && k.app().equals(key.app()); k = nodes.lowerKey(k)) {
            if (k.number() < key.number()) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }

    private List<MigrationKey> topologicalOrder() {
        Map<MigrationKey, Integer> pending = new HashMap<>();
        TreeSet<MigrationKey> ready = new TreeSet<>();
        nodes.keySet().forEach(k -> {
            pending.put(k, parents.get(k).size());
            if (parents.get(k).isEmpty()) {
                ready.add(k);
            }
        });
        List<MigrationKey> out = new ArrayList<>(nodes.size());
        while (!ready.isEmpty()) {
            MigrationKey k = ready.pollFirst();
            out.add(k);
            for (MigrationKey c : children.getOrDefault(k, Set.of())) {
                if (pending.merge(c, -1, Integer::sum) == 0) {
                    ready.add(c);
                }
            }
        }
        if (out.size() != nodes.size()) {
            Set<MigrationKey> stuck = new TreeSet<>(nodes.keySet());
            out.forEach(stuck::remove);
            throw new MigrationGraphException("Dependency cycle between migrations: " + cycle(stuck));
        }
        return List.copyOf(out);
    }

    private String cycle(Set<MigrationKey> stuck) {
        MigrationKey start = stuck.iterator().next();
        List<MigrationKey> path = new ArrayList<>();
        Set<MigrationKey> seen = new LinkedHashSet<>();
        MigrationKey k = start;
        while (seen.add(k)) {
            path.add(k);
            k = parents.get(k).stream().filter(stuck::contains).findFirst().orElseThrow();
        }
        List<MigrationKey> loop = new ArrayList<>(path.subList(path.indexOf(k), path.size()));
        loop.add(k);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < loop.size(); i++) {
            s.append(i == 0 ? "" : " depends on ").append(loop.get(i));
        }
        return s.toString();
    }

    /** Two leaf migrations in one app: an error naming both and how to merge. */
    public void checkConflicts() {
        for (String app : apps()) {
            List<MigrationKey> leaves = leaves(app);
            if (leaves.size() > 1) {
                throw new MigrationGraphException("Conflicting migrations in app " + app + ": "
                        + String.join(" and ", leaves.stream().map(MigrationKey::name).toList())
                        + " are both latest (neither depends on the other; two developers made a migration "
                        + "from the same parent). Merge them: mvn migrate:schemamigration -Dapp=" + app + " -Dmerge "
                        + "(Java API: MakeRequest.merge(\"" + app + "\")) writes a merge migration that depends on "
                        + "both.");
            }
        }
    }

    /**
     * The migration of a key.
     *
     * @param key the migration's app and name
     * @return the migration
     * @throws MigrationGraphException when the graph has no such migration
     */
    public Migration get(MigrationKey key) {
        Migration m = nodes.get(key);
        if (m == null) {
            throw new MigrationGraphException("Unknown migration " + key);
        }
        return m;
    }

    /**
     * Whether the graph has a migration.
     *
     * @param key the migration's app and name
     * @return true when it is one of the graph's migrations
     */
    public boolean contains(MigrationKey key) {
        return nodes.containsKey(key);
    }

    /**
     * All migrations in a deterministic topological order.
     *
     * @return every key, each after the migrations it depends on; ties broken by app and name
     */
    public List<MigrationKey> order() {
        return order;
    }

    /**
     * The apps that have migrations.
     *
     * @return the app names, unmodifiable
     */
    public Set<String> apps() {
        return java.util.Collections.unmodifiableSet(byApp.keySet());
    }

    /**
     * The app's migrations in topological order.
     *
     * @param app the app
     * @return its migrations, each after its dependencies; empty for an app without migrations
     */
    public List<MigrationKey> app(String app) {
        return byApp.getOrDefault(app, List.of());
    }

    /**
     * Migrations of the app that no other migration of the same app depends on.
     *
     * @param app the app
     * @return its latest migrations: one normally, several when two branches conflict
     */
    public List<MigrationKey> leaves(String app) {
        return app(app).stream().filter(k -> children.getOrDefault(k, Set.of()).stream()
                .noneMatch(c -> c.app().equals(app))).toList();
    }

    /**
     * The latest migration of the app, if it has any (call {@link #checkConflicts} first).
     *
     * @param app the app
     * @return the last of its leaves, or empty when it has no migrations
     */
    public java.util.Optional<MigrationKey> leaf(String app) {
        List<MigrationKey> leaves = leaves(app);
        return leaves.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(leaves.get(leaves.size() - 1));
    }

    /**
     * The migrations a migration depends on directly, in any app.
     *
     * @param key the migration
     * @return its dependencies; empty for an initial migration
     */
    public Set<MigrationKey> parents(MigrationKey key) {
        return parents.getOrDefault(key, Set.of());
    }

    /**
     * The migrations that depend directly on a migration, in any app.
     *
     * @param key the migration
     * @return its dependents; empty for a leaf
     */
    public Set<MigrationKey> children(MigrationKey key) {
        return children.getOrDefault(key, Set.of());
    }

    /**
     * The key and everything it depends on, transitively.
     *
     * @param key the migration
     * @return the key and all its dependencies
     */
    public Set<MigrationKey> ancestors(MigrationKey key) {
        return closure(key, parents);
    }

    /**
     * The key and everything that depends on it, transitively.
     *
     * @param key the migration
     * @return the key and all its dependents
     */
    public Set<MigrationKey> descendants(MigrationKey key) {
        return closure(key, children);
    }

    private static Set<MigrationKey> closure(MigrationKey start, Map<MigrationKey, Set<MigrationKey>> edges) {
        Set<MigrationKey> seen = new TreeSet<>();
        Deque<MigrationKey> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            MigrationKey k = todo.pop();
            if (seen.add(k)) {
                todo.addAll(edges.getOrDefault(k, Set.of()));
            }
        }
        return seen;
    }

    /** A target inside a squashed range: refused, naming the squash and what to do. */
    private void refuseReplacedTarget(String app, String target) {
        replacements.inUse().forEach((squash, replaced) -> {
            for (MigrationKey r : replaced) {
                if (r.app().equals(app) && (r.name().equals(target) || r.name().startsWith(target)
                        || target.matches("\\d{1,4}") && r.number() == Integer.parseInt(target))) {
                    throw new MigrationGraphException("Migration " + r + " is replaced by the squash " + squash
                            + ", which is in use (this database has all or none of the migrations it replaces), so "
                            + "there is no stopping inside its range. Migrate to " + squash.name() + " or to a "
                            + "migration before the range (or zero); to reach " + r.name() + " itself, use a build "
                            + "from before the squash.");
                }
            }
        });
    }

    /**
     * A target of {@code app}: a number ({@code 0004} or {@code 4}), a full name, or a unique name prefix.
     *
     * @param app    the app
     * @param target the number, name or name prefix as the user typed it
     * @return the one migration it names
     * @throws MigrationGraphException when the app has no migrations, or no migration or several match
     */
    public MigrationKey resolve(String app, String target) {
        List<MigrationKey> all = app(app);
        if (all.isEmpty()) {
            throw new MigrationGraphException("App '" + app + "' has no migrations (known apps: " + apps() + ")");
        }
        List<MigrationKey> matches = all.stream().filter(k -> k.name().equals(target)).toList();
        if (matches.isEmpty() && target.matches("\\d{1,4}")) {
            int n = Integer.parseInt(target);
            matches = all.stream().filter(k -> k.number() == n).toList();
        }
        if (matches.isEmpty()) {
            matches = all.stream().filter(k -> k.name().startsWith(target)).toList();
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            refuseReplacedTarget(app, target);
        }
        throw new MigrationGraphException(matches.isEmpty()
                ? "App " + app + " has no migration '" + target + "' (it has " + all.stream().map(MigrationKey::name)
                        .toList() + ")"
                : "Target '" + target + "' of app " + app + " is ambiguous: " + matches.stream()
                        .map(MigrationKey::name).toList() + "; give the full name");
    }
}
