package dev.southward.migrate.mysql.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.evolution.Change;
import dev.southward.migrate.evolution.EvolutionRunner;
import dev.southward.migrate.evolution.Histories;
import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.mysql.testing.MySqlServers;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Shrunk histories of bugs the evolution test found on MySQL 8 and MariaDB, on both servers. */
class MySqlEvolutionRegressionIT {
    static Stream<Arguments> runs() {
        List<Supplier<List<Change>>> histories = List.of(Histories::keyBecomesAutoIncrementWhileReferenced,
                Histories::emptyBinaryDefault, Histories::mergedStatementsOfARenamedModel,
                Histories::selfReferencedKeyOfARenamedModelShortened, Histories::selfReferencedKeyRetyped);
        List<String> names = List.of("key becomes auto-increment while referenced", "empty byte[] default",
                "merged statements of a renamed model", "self-referenced key of a renamed model shortened",
                "self-referenced key retyped");
        return MySqlServers.servers().flatMap(server -> java.util.stream.IntStream.range(0, histories.size())
                .mapToObj(i -> Arguments.of(server, names.get(i), histories.get(i).get())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("runs")
    void shrunkHistoryMigratesAndVerifiesForwardsBackwardsAndForwardsAgain(MySqlServer server, String name,
            List<Change> changes) {
        EvolutionRunner.Failure failure = EvolutionRunner.run(changes, () -> {
            MySqlDatabase db = MySqlDatabase.create(server);
            return new EvolutionRunner.Scratch(db.dataSource(), db::close);
        });
        assertThat(failure).as("%s", failure == null ? "" : failure.error()).isNull();
    }
}
