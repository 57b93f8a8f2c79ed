package dev.southward.migrate.evolution;

import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeded random model evolution on H2 (see {@link Evolution}; docs/testing.md has the long run). Every step is
 * made, migrated and verified; at the end every app goes back to zero and forwards again.
 */
class EvolutionIT {
    /** The CI seeds: a few, so all three databases stay within about three minutes together (docs/testing.md). */
    static final List<Long> CI_SEEDS = List.of(1L, 5L, 14L, 18L, 28L, 29L, 32L, 36L, 42L, 72L);

    static List<Long> seeds() {
        return Evolution.seeds(CI_SEEDS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyStepMigratesAndVerifiesForwardsBackwardsAndForwardsAgain(long seed) {
        Evolution.check(seed, Evolution.steps(), EvolutionIT::h2);
    }

    /** A fresh private in-memory H2 database, shut down when closed. */
    static EvolutionRunner.Scratch h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:evo_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        return new EvolutionRunner.Scratch(ds, () -> {
            try (var c = ds.getConnection(); var s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        });
    }
}
