package dev.southward.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.southward.migrate.dialect.Dialects;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counting wrapper counts the raw JDBC baseline's statements exactly: checked against the database's own count
 * (H2's query statistics; MariaDB's session {@code Questions} when the local server is up). Quick: a 20-migration
 * workload.
 */
class CountingDataSourceTest {
    @TempDir
    Path dir;

    @Test
    void countsTheRawBaselineExactlyOnH2() throws Exception {
        Workload w = Workload.generate(20, dir.resolve("southward"));
        Server.Database db = new Server.H2(dir).create(false);
        try (db) {
            List<List<String>> ddl;
            try (Connection c = db.dataSource().getConnection()) {
                ddl = w.ddl(Dialects.forConnection(c));
            }
            int statements = ddl.stream().mapToInt(List::size).sum();
            assertThat(statements).isEqualTo(Workload.TABLES + 19);

            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("SET QUERY_STATISTICS TRUE");
                s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
            }
            CountingDataSource counting = new CountingDataSource(db.dataSource(), false);
            Tool.RAW.apply(counting, new Tool.Artifacts(null, null, null, ddl));
            Tool.RAW.noOp(counting, new Tool.Artifacts(null, null, null, ddl));

            assertThat(counting.clientStatements()).isEqualTo(statements + 1);
            assertThat(counting.sql()).containsExactlyElementsOf(
                    java.util.stream.Stream.concat(ddl.stream().flatMap(List::stream), java.util.stream.Stream.of(
                            "SELECT 1")).toList());
            assertThat(counting.connections()).isEqualTo(2);
            // H2's own count of each statement agrees with the wrapper's. H2 also lists what it runs internally:
            // the setting in the URL on every connect (its "driver's own" statement), the statements it generates to
            // rebuild a table for some ALTER TABLEs (with schema-qualified names, which the workload never uses), and
            // the statements of this check.
            Map<String, Long> wrapper = new TreeMap<>();
            counting.sql().forEach(sql -> wrapper.merge(sql, 1L, Long::sum));
            Map<String, Long> h2 = h2Executions(db.dataSource());
            wrapper.forEach((sql, n) -> assertThat(h2.get(sql)).as(sql).isEqualTo(n));
            h2.keySet().removeAll(wrapper.keySet());
            assertThat(h2).allSatisfy((sql, n) -> assertThat(sql).matches(
                    "(?s)SET DB_CLOSE_DELAY -1|SET QUERY_STATISTICS_MAX_ENTRIES 10000|.*\"PUBLIC\"\\..*"
                            + "|SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS"));
        }
    }

    @Test
    void countsPreparedStatementsAndBatches() throws Exception {
        try (Server.Database db = new Server.H2(dir).create(false)) {
            CountingDataSource counting = new CountingDataSource(db.dataSource(), false);
            try (Connection c = counting.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INT)");
                try (PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                    for (int i = 0; i < 3; i++) {
                        p.setInt(1, i);
                        p.addBatch();
                    }
                    p.executeBatch();
                    p.setInt(1, 9);
                    p.executeUpdate();
                }
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(4);
                }
            }
            assertThat(counting.clientStatements()).isEqualTo(6);
            assertThat(counting.sql()).containsExactly("CREATE TABLE t (id INT)", "INSERT INTO t VALUES (?)",
                    "INSERT INTO t VALUES (?)", "INSERT INTO t VALUES (?)", "INSERT INTO t VALUES (?)",
                    "SELECT COUNT(*) FROM t");
        }
    }

    /** On MariaDB the server's count is the wrapper's plus what the driver sends on connect, on every connection. */
    @Test
    void serverCountIsClientCountPlusTheDriversOnMariaDb() throws Exception {
        Server.MySql mariadb;
        try {
            mariadb = Server.MySql.mariadb();
        } catch (RuntimeException e) {
            assumeTrue(false, "no MariaDB on 127.0.0.1:3306: " + e.getMessage());
            return;
        }
        Workload w = Workload.generate(5, dir.resolve("southward"));
        try (Server.Database db = mariadb.create(false)) {
            List<List<String>> ddl;
            try (Connection c = db.dataSource().getConnection()) {
                ddl = w.ddl(Dialects.forConnection(c));
            }
            int onConnect = mariadb.driverStatementsOnConnect();
            CountingDataSource counting = new CountingDataSource(db.dataSource(), true);
            Tool.RAW.apply(counting, new Tool.Artifacts(null, null, null, ddl));
            assertThat(counting.clientStatements()).isEqualTo(Workload.TABLES + 4);
            assertThat(counting.serverStatements()).isEqualTo(counting.clientStatements() + onConnect);

            CountingDataSource noOp = new CountingDataSource(db.dataSource(), true);
            Tool.RAW.noOp(noOp, new Tool.Artifacts(null, null, null, ddl));
            assertThat(noOp.clientStatements()).isEqualTo(1);
            assertThat(noOp.serverStatements()).isEqualTo(1 + onConnect);
        }
    }

    /** H2's own count of each statement it executed, by SQL text. */
    private static Map<String, Long> h2Executions(DataSource ds) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (rs.next()) {
                out.merge(rs.getString(1), rs.getLong(2), Long::sum);
            }
        }
        return out;
    }
}
