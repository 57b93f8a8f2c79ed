package dev.southward.migrate.evolution;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Delta debugging (Zeller's ddmin): removes ever smaller chunks of a failing list as long as what remains still fails,
 * down to a list from which no single element can be removed, or until the trial budget is spent.
 */
public final class Shrinker {
    private Shrinker() {
    }

    /**
     * A shorter list that still fails.
     *
     * @param items     a failing list
     * @param fails     whether a list fails (the same way); called once per trial
     * @param maxTrials how many calls of {@code fails} at most
     * @param <T>       the element type
     * @return a sublist of {@code items} (order kept) that fails; {@code items} itself when nothing could be removed
     */
    public static <T> List<T> shrink(List<T> items, Predicate<List<T>> fails, int maxTrials) {
        List<T> current = List.copyOf(items);
        int chunks = 2;
        int trials = 0;
        while (current.size() >= 2 && trials < maxTrials) {
            int size = (int) Math.ceil(current.size() / (double) chunks);
            boolean reduced = false;
            for (int start = 0; start < current.size() && trials < maxTrials; start += size) {
                List<T> rest = new ArrayList<>(current.subList(0, start));
                rest.addAll(current.subList(Math.min(current.size(), start + size), current.size()));
                trials++;
                if (fails.test(rest)) {
                    current = List.copyOf(rest);
                    chunks = Math.max(chunks - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (size == 1) {
                    break;
                }
                chunks = Math.min(chunks * 2, current.size());
            }
        }
        return current;
    }
}
