package dev.southward.migrate.autodetect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dependency rules between footprints and the stable topological sort. */
class OperationGraphTest {

    @Test
    void creatorBeforeItsUsers() {
        List<Footprint> f = List.of(fp(Set.of(), Set.of("x"), Set.of()), fp(Set.of(), Set.of("x"), Set.of()),
                fp(Set.of("x"), Set.of(), Set.of()));
        assertThat(new OperationGraph(f).order()).containsExactly(2, 0, 1);
    }

    @Test
    void usersBeforeTheRemover() {
        List<Footprint> f = List.of(fp(Set.of(), Set.of(), Set.of("x")), fp(Set.of(), Set.of("x"), Set.of()));
        assertThat(new OperationGraph(f).order()).containsExactly(1, 0);
    }

    @Test
    void removerOfANameBeforeItsNewCreator() {
        List<Footprint> f = List.of(fp(Set.of("t"), Set.of(), Set.of()), fp(Set.of(), Set.of(), Set.of("t")));
        assertThat(new OperationGraph(f).order()).containsExactly(1, 0);
    }

    @Test
    void independentOperationsKeepTheGivenOrder() {
        List<Footprint> f = List.of(fp(Set.of("a"), Set.of(), Set.of()), fp(Set.of("b"), Set.of(), Set.of()),
                fp(Set.of(), Set.of("a"), Set.of()), fp(Set.of(), Set.of(), Set.of("c")));
        assertThat(new OperationGraph(f).order()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void onlyWhatMustWaitMoves() {
        // 0 uses what 3 creates; 1 and 2 are independent and stay ahead of it.
        List<Footprint> f = List.of(fp(Set.of(), Set.of("x"), Set.of()), fp(Set.of("p"), Set.of(), Set.of()),
                fp(Set.of("q"), Set.of(), Set.of()), fp(Set.of("x"), Set.of(), Set.of()));
        assertThat(new OperationGraph(f).order()).containsExactly(1, 2, 3, 0);
    }

    @Test
    void aCycleStillGivesEveryOperationOnceInADeterministicOrder() {
        List<Footprint> f = List.of(fp(Set.of("a"), Set.of("b"), Set.of()), fp(Set.of("b"), Set.of("a"), Set.of()),
                fp(Set.of(), Set.of(), Set.of()));
        assertThat(new OperationGraph(f).order()).containsExactly(2, 0, 1);
    }

    private static Footprint fp(Set<String> creates, Set<String> uses, Set<String> removes) {
        return new Footprint(creates, uses, removes);
    }
}
