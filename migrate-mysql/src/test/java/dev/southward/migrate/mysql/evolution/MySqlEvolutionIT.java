package dev.southward.migrate.mysql.evolution;

import dev.southward.migrate.evolution.Evolution;
import dev.southward.migrate.evolution.EvolutionRunner;
import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.mysql.testing.MySqlServers;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeded random model evolution of {@code EvolutionIT} on MySQL 8 and MariaDB: every step made, migrated and
 * verified; at the end every app back to zero and forwards again. Each run (and each shrink trial) gets its own
 * database, dropped afterwards. {@code -Devolution.seed}, {@code -Devolution.runs} and {@code -Devolution.steps} run
 * other seeds (see docs/testing.md).
 */
class MySqlEvolutionIT {
    /** The CI seeds (the same as on H2): about a minute and a half for both servers. */
    static final List<Long> CI_SEEDS = List.of(1L, 5L, 14L, 18L, 28L, 29L, 32L, 36L, 42L, 72L);

    static Stream<Arguments> runs() {
        List<Long> seeds = Evolution.seeds(CI_SEEDS);
        return MySqlServers.servers().flatMap(server -> seeds.stream().map(seed -> Arguments.of(server, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("runs")
    void everyStepMigratesAndVerifiesForwardsBackwardsAndForwardsAgain(MySqlServer server, long seed) {
        Evolution.check(seed, Evolution.steps(), () -> {
            MySqlDatabase db = MySqlDatabase.create(server);
            return new EvolutionRunner.Scratch(db.dataSource(), db::close);
        });
    }
}
