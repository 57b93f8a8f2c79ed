package dev.southward.migrate.evolution;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The evolution test: generate the changes of a seed, run them ({@link EvolutionRunner}), and on failure shrink them
 * ({@link Shrinker}) and fail with the seed, the shrunk steps and the error. Seeds and steps come from the CI list or
 * from {@code -Devolution.seed=S} (with {@code -Devolution.runs=N}: seeds S to S+N-1) and {@code -Devolution.steps=K};
 * {@code -Devolution.shrink=false} reports failures without shrinking them.
 */
public final class Evolution {
    /** Steps per seed in CI. */
    public static final int CI_STEPS = 25;
    private static final int SHRINK_TRIALS = 150;

    private Evolution() {
    }

    /**
     * The seeds to run: {@code -Devolution.seed} and {@code -Devolution.runs} when given, else {@code ciSeeds}.
     *
     * @param ciSeeds the fixed seeds of CI
     * @return the seeds
     */
    public static List<Long> seeds(List<Long> ciSeeds) {
        String seed = System.getProperty("evolution.seed");
        if (seed == null || seed.isBlank()) {
            return ciSeeds;
        }
        int runs = Integer.parseInt(System.getProperty("evolution.runs", "1"));
        return LongStream.range(0, runs).mapToObj(i -> Long.parseLong(seed) + i).toList();
    }

    /**
     * Steps per seed: {@code -Devolution.steps}, else {@link #CI_STEPS}.
     *
     * @return the number of steps
     */
    public static int steps() {
        return Integer.parseInt(System.getProperty("evolution.steps", String.valueOf(CI_STEPS)));
    }

    /**
     * Runs one seed; on failure shrinks the steps and throws.
     *
     * @param seed      the seed
     * @param steps     how many changes
     * @param databases fresh databases (one per run, and one per shrink trial)
     * @throws AssertionError with the seed, the shrunk steps and the error
     */
    public static void check(long seed, int steps, EvolutionRunner.Databases databases) {
        List<Change> changes = EvolutionGenerator.generate(seed, steps);
        EvolutionRunner.Failure failure = EvolutionRunner.run(changes, databases);
        if (failure == null) {
            return;
        }
        List<Change> upTo = changes.subList(0, Math.min(changes.size(), failure.step() + 1));
        EvolutionRunner.Failure[] last = {failure};
        int trials = Boolean.parseBoolean(System.getProperty("evolution.shrink", "true")) ? SHRINK_TRIALS : 0;
        List<Change> shrunk = Shrinker.shrink(upTo, candidate -> {
            EvolutionRunner.Failure f = EvolutionRunner.run(candidate, databases);
            if (f != null && f.kind().equals(failure.kind())) {
                last[0] = f;
                return true;
            }
            return false;
        }, trials);
        throw new AssertionError(report(seed, steps, failure, shrunk, last[0]), failure.error());
    }

    private static String report(long seed, int steps, EvolutionRunner.Failure failure, List<Change> shrunk,
            EvolutionRunner.Failure shrunkFailure) {
        return "Evolution seed " + seed + " (" + steps + " steps) failed at step " + (failure.step() + 1) + " ("
                + failure.phase() + "): " + failure.error() + "\nReproduce: -Devolution.seed=" + seed
                + " -Devolution.steps=" + steps + "\nShrunk to " + shrunk.size() + " steps (failing at step "
                + (shrunkFailure.step() + 1) + ", " + shrunkFailure.phase() + "):\n"
                + IntStream.range(0, shrunk.size()).mapToObj(i -> "  " + (i + 1) + ". " + shrunk.get(i).describe())
                        .collect(Collectors.joining("\n"))
                + "\nError of the shrunk run: " + trace(shrunkFailure.error());
    }

    private static String trace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString().lines().limit(12).collect(Collectors.joining("\n"));
    }
}
