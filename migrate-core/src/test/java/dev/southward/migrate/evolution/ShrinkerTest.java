package dev.southward.migrate.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShrinkerTest {
    private static final List<Integer> HUNDRED = IntStream.range(0, 100).boxed().toList();

    @Test
    void shrinksToTheElementsTheFailureNeedsInTheirOrder() {
        List<Integer> shrunk = Shrinker.shrink(HUNDRED, l -> l.contains(17) && l.contains(63) && l.contains(80), 500);
        assertThat(shrunk).containsExactly(17, 63, 80);
    }

    @Test
    void aFailureThatNeedsAnOrderKeepsIt() {
        // Fails when some 5 comes after some 3: a creation before its use, as with models and fields.
        List<Integer> items = new ArrayList<>(List.of(5, 1, 3, 9, 5, 7));
        List<Integer> shrunk = Shrinker.shrink(items, l -> l.indexOf(3) >= 0 && l.lastIndexOf(5) > l.indexOf(3), 100);
        assertThat(shrunk).containsExactly(3, 5);
    }

    @Test
    void stopsWhenTheTrialBudgetIsSpentAndStillReturnsAFailingList() {
        List<Integer> calls = new ArrayList<>();
        List<Integer> shrunk = Shrinker.shrink(HUNDRED, l -> {
            calls.add(l.size());
            return l.contains(42);
        }, 3);
        assertThat(calls).hasSize(3);
        assertThat(shrunk).contains(42).hasSizeLessThan(100);
    }

    @Test
    void nothingToRemoveGivesTheListItself() {
        assertThat(Shrinker.shrink(List.of(1, 2), l -> l.size() == 2, 10)).containsExactly(1, 2);
    }
}
