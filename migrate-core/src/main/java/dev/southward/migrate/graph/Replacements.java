package dev.southward.migrate.graph;

import dev.southward.migrate.MigrationGraphException;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.migration.MigrationKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which squashes are in use for a database, as Django's loader decides: a squash stands in for the migrations it
 * replaces when all or none of them are applied (its own history row applied counts as all). Then the replaced
 * migrations leave the graph and every dependency on one of them points at the squash. A range partly applied is
 * a {@link PartialRange}: the replaced migrations stay (when their files are here, so the range can be finished
 * with them), dependencies on the squash point at the last of them, and the planner refuses plain requests.
 *
 * @param migrations the migrations of the graph, dependencies rewritten
 * @param inUse      each squash in use and the migrations it replaces
 * @param partial    the ranges partly applied
 * @param applied    the recorded applied migrations plus each squash in use whose replaced migrations are all applied
 */
record Replacements(List<Migration> migrations, Map<MigrationKey, List<MigrationKey>> inUse,
        List<PartialRange> partial, Set<MigrationKey> applied) {

    /**
     * Resolves the squashes among {@code all} for a history.
     *
     * @param all      every migration file found
     * @param recorded the migrations the history records as applied (empty for none, or when unknown)
     * @return the resolution
     */
    static Replacements resolve(Collection<Migration> all, Set<MigrationKey> recorded) {
        Map<MigrationKey, Migration> byKey = new HashMap<>();
        all.forEach(m -> byKey.put(m.key(), m));
        List<Migration> squashes = all.stream().filter(m -> !m.replaces().isEmpty())
                // A squash of squashes lists the inner squash and what it replaced: resolve the inner one first.
                .sorted(Comparator.comparingInt((Migration m) -> m.replaces().size()).thenComparing(Migration::key))
                .toList();
        if (squashes.isEmpty()) {
            return new Replacements(List.copyOf(all), Map.of(), List.of(), Set.copyOf(recorded));
        }
        Set<MigrationKey> applied = new HashSet<>(recorded);
        Map<MigrationKey, MigrationKey> remap = new HashMap<>();
        Map<MigrationKey, List<MigrationKey>> inUse = new TreeMap<>();
        List<PartialRange> partial = new ArrayList<>();
        for (Migration s : squashes) {
            List<MigrationKey> replaced = s.replaces();
            List<MigrationKey> done = replaced.stream().filter(applied::contains).toList();
            boolean all2 = applied.contains(s.key()) || done.size() == replaced.size();
            boolean filesHere = byKey.keySet().containsAll(replaced);
            if (all2 || done.isEmpty() || !filesHere) {
                replaced.forEach(r -> remap.put(r, s.key()));
                inUse.put(s.key(), replaced);
                if (all2) {
                    applied.add(s.key());
                } else if (!done.isEmpty()) {
                    partial.add(new PartialRange(s.key(), done, pending(replaced, done), false));
                }
            } else {
                remap.put(s.key(), replaced.get(replaced.size() - 1));
                partial.add(new PartialRange(s.key(), done, pending(replaced, done), true));
            }
        }
        List<Migration> out = new ArrayList<>(all.size());
        for (Migration m : all) {
            if (!remap.containsKey(m.key())) {
                out.add(rewired(m, remap));
            }
        }
        return new Replacements(out, inUse, partial, applied);
    }

    private static List<MigrationKey> pending(List<MigrationKey> replaced, List<MigrationKey> done) {
        Set<MigrationKey> d = new HashSet<>(done);
        return replaced.stream().filter(k -> !d.contains(k)).toList();
    }

    /** The migration with each dependency on a removed migration pointing at what stands in for it. */
    private static Migration rewired(Migration m, Map<MigrationKey, MigrationKey> remap) {
        if (m.dependencies().stream().noneMatch(remap::containsKey)) {
            return m;
        }
        Set<MigrationKey> deps = new LinkedHashSet<>();
        for (MigrationKey d : m.dependencies()) {
            MigrationKey to = d;
            for (int hops = 0; remap.containsKey(to); hops++) {
                to = remap.get(to);
                if (hops > remap.size()) {
                    throw new MigrationGraphException("Squashes replace each other in a loop around " + d);
                }
            }
            if (!to.equals(m.key())) {
                deps.add(to);
            }
        }
        return new Migration(m.key(), m.source(), List.copyOf(deps), m.replaces(), m.operations(), m.checksum(),
                m::frozen);
    }
}
