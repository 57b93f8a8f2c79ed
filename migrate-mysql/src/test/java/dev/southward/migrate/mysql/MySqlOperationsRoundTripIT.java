package dev.southward.migrate.mysql;

import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.mysql.testing.MySqlServers;
import dev.southward.migrate.operation.OperationsRoundTripIT;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The core's round trip of every operation type, on MySQL 8 and MariaDB. */
class MySqlOperationsRoundTripIT {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return MySqlServers.servers().flatMap(s -> OperationsRoundTripIT.cases().map(c -> Arguments.of(s, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void forwardsBackwardsForwards(MySqlServer server, OperationsRoundTripIT.Case c) {
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            OperationsRoundTripIT.roundTrip(c, db.testDatabase(), dir);
        }
    }
}
