package dev.southward.migrate;

import java.util.List;
import java.util.Map;

/**
 * The live schema compared with the frozen state of each app's last applied migration.
 *
 * @param differences per app, every difference found; an app without differences maps to an empty list
 */
public record VerifyResult(Map<String, List<String>> differences) {
    /**
     * Copies the map.
     *
     * @param differences per app, every difference found; an app without differences maps to an empty list
     */
    public VerifyResult {
        differences = Map.copyOf(differences);
    }

    /**
     * Whether the live schema matches every app's state.
     *
     * @return true when no app has a difference
     */
    public boolean ok() {
        return differences.values().stream().allMatch(List::isEmpty);
    }

    /**
     * All differences, one per line.
     *
     * @return each difference prefixed with its app, apps in name order
     */
    public List<String> all() {
        return differences.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream()).toList();
    }
}
