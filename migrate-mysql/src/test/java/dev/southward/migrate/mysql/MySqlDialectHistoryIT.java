package dev.southward.migrate.mysql;

import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.mysql.testing.MySqlServers;
import dev.southward.migrate.scenario.ModelHistoryIT;
import dev.southward.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The core's dialect model histories (scenario.ModelHistoryIT: TEXT defaults, FK indexes, verify by meaning,
 * FKs without constraint), on MySQL 8 and MariaDB. */
class MySqlDialectHistoryIT {
    @TempDir
    Path dir;

    record Scenario(String name, BiConsumer<TestDatabase, Path> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return MySqlServers.servers().flatMap(s -> Stream.of(
                new Scenario("TEXT and BLOB defaults", ModelHistoryIT::textAndBlobDefaults),
                new Scenario("foreign key loses or changes its index", ModelHistoryIT::foreignKeyLosesOrChangesItsIndex),
                new Scenario("defaults and rules compared by meaning", ModelHistoryIT::defaultsAndRulesComparedByMeaning),
                new Scenario("foreign key without constraint", ModelHistoryIT::foreignKeyWithoutConstraint))
                .map(c -> Arguments.of(s, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void forwardsBackwardsForwards(MySqlServer server, Scenario scenario) {
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            scenario.run().accept(db.testDatabase(), dir);
        }
    }
}
