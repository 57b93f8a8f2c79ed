package dev.southward.migrate.autodetect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dependencies between generated operations, from their {@link Footprint}s, and a stable topological sort over
 * them. For every resource: its creators run before its users, its users before its removers, and its removers
 * before its creators (a name given up and taken again). Operations with no dependency between them keep their
 * given order, so the result is deterministic and reads like South's (renames, removals, additions).
 */
final class OperationGraph {
    private final int size;
    private final List<Set<Integer>> after = new ArrayList<>();
    private final int[] waiting;

    /**
     * The graph over operations {@code 0..n-1}.
     *
     * @param footprints the footprint of each operation, in the given (tie-break) order
     */
    OperationGraph(List<Footprint> footprints) {
        size = footprints.size();
        waiting = new int[size];
        for (int i = 0; i < size; i++) {
            after.add(new HashSet<>());
        }
        Map<String, Roles> roles = new HashMap<>();
        for (int i = 0; i < size; i++) {
            Footprint f = footprints.get(i);
            for (String r : f.creates()) {
                roles.computeIfAbsent(r, k -> new Roles()).creators.add(i);
            }
            for (String r : f.uses()) {
                roles.computeIfAbsent(r, k -> new Roles()).users.add(i);
            }
            for (String r : f.removes()) {
                roles.computeIfAbsent(r, k -> new Roles()).removers.add(i);
            }
        }
        for (Roles r : roles.values()) {
            edges(r.creators, r.users);
            edges(r.users, r.removers);
            edges(r.removers, r.creators);
        }
    }

    private void edges(List<Integer> first, List<Integer> then) {
        for (int a : first) {
            for (int b : then) {
                if (a != b && after.get(a).add(b)) {
                    waiting[b]++;
                }
            }
        }
    }

    /**
     * The operations in dependency order: of those whose dependencies are done, always the first in the given
     * order. Should the dependencies form a cycle, the first remaining operation goes next, so the result is still
     * complete and deterministic (applying it then reports the conflict).
     *
     * @return the indexes of the operations in the order to run them
     */
    List<Integer> order() {
        int[] count = waiting.clone();
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        TreeSet<Integer> pending = new TreeSet<>();
        for (int i = 0; i < size; i++) {
            pending.add(i);
            if (count[i] == 0) {
                ready.add(i);
            }
        }
        List<Integer> out = new ArrayList<>(size);
        while (!pending.isEmpty()) {
            Integer next = ready.poll();
            if (next == null) {
                next = pending.first();
            } else if (!pending.contains(next)) {
                continue;
            }
            pending.remove(next);
            out.add(next);
            for (int d : after.get(next)) {
                if (--count[d] == 0 && pending.contains(d)) {
                    ready.add(d);
                }
            }
        }
        return out;
    }

    /** The operations holding one role each for a resource. */
    private static final class Roles {
        final List<Integer> creators = new ArrayList<>();
        final List<Integer> users = new ArrayList<>();
        final List<Integer> removers = new ArrayList<>();
    }
}
