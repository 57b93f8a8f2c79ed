package dev.southward.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mysql.cj.jdbc.MysqlDataSource;
import dev.southward.migrate.DryRunResult;
import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.mysql.testing.MySqlDatabase;
import dev.southward.migrate.mysql.testing.MySqlServer;
import dev.southward.migrate.operation.AddIndex;
import dev.southward.migrate.operation.AlterField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.testing.MigrationFiles;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dry run passes only where the real run can pass: it checks what the server itself refuses (a read-only
 * session or server, missing privileges, MySQL's key length, values a type change cannot convert), not only
 * the schema and data preconditions. Each time the real run is shown to fail too.
 */
class DryRunServerIT {
    @TempDir
    Path dir;

    private static FieldState string(String name, int length) {
        return new FieldState(name, name, FieldType.STRING, length, null, null, true, null, false, false, false,
                false, null);
    }

    private void write(Operation change) {
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        MigrationFiles files = new MigrationFiles(dir);
        files.write("ds", "0001_initial", List.of(), new CreateModel("Item", "ds_item",
                List.of(id, string("code", 20), string("title", 1000)), List.of()));
        files.write("ds", "0002_change", List.of("ds.0001_initial"), change);
    }

    private static MysqlDataSource dataSource(MySqlDatabase db, String user, String password, String extra) {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL(db.jdbcUrl() + (extra.isEmpty() ? "" : (db.jdbcUrl().contains("?") ? "&" : "?") + extra));
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    /** Dry run finds {@code problem}; the real run fails; the schema is unchanged. */
    private void dryRunAndRealRunAgree(MySqlDatabase db, DataSource ds, String problem) {
        Southward southward = Southward.create(ds).withMigrationsDirectory(dir);
        DryRunResult result = southward.dryRun(MigrateRequest.all());
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains(problem));
        // The real run fails too, naming the migration (and where a statement failed, the operation).
        assertThatThrownBy(southward::migrate).isInstanceOf(dev.southward.migrate.MigrationFailedException.class)
                .hasMessageContaining("ds.0002_change");
        assertThat(Southward.create(db.dataSource()).withMigrationsDirectory(dir).list().render())
                .contains("( ) 0002_change");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void aReadOnlySession(MySqlServer server) {
        write(new AddIndex("Item", new IndexState("ds_item_code_idx", List.of("code"), false)));
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            Southward.create(db.dataSource()).withMigrationsDirectory(dir)
                    .migrate(MigrateRequest.app("ds").target("0001"));
            String variable = server.version().toLowerCase().contains("mariadb") ? "tx_read_only" : "transaction_read_only";
            dryRunAndRealRunAgree(db, dataSource(db, server.user(), server.password(), "sessionVariables="
                    + variable + "=1"), "the session is read-only");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void aUserWithoutAlterPrivilege(MySqlServer server) throws Exception {
        write(new AddIndex("Item", new IndexState("ds_item_code_idx", List.of("code"), false)));
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        String user = "sw_dml_" + HexFormat.of().formatHex(random);
        try (MySqlDatabase db = MySqlDatabase.create(server); var c = db.connect(); var s = c.createStatement()) {
            Southward.create(db.dataSource()).withMigrationsDirectory(dir)
                    .migrate(MigrateRequest.app("ds").target("0001"));
            s.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY 'pw-" + user + "'");
            try {
                s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON `" + db.name() + "`.* TO '" + user + "'@'%'");
                dryRunAndRealRunAgree(db, dataSource(db, user, "pw-" + user, ""), "the user lacks the privileges "
                        + "ALTER, CREATE, DROP, INDEX, REFERENCES on " + db.name());
            } finally {
                s.execute("DROP USER '" + user + "'@'%'");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void valuesATypeChangeCannotConvert(MySqlServer server) {
        write(new AlterField("Item", FieldState.of("code", "code", FieldType.INT).withNullable(true), null));
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            Southward.create(db.dataSource()).withMigrationsDirectory(dir)
                    .migrate(MigrateRequest.app("ds").target("0001"));
            db.testDatabase().execute("INSERT INTO ds_item (code) VALUES ('12'), ('-7'), ('abc'), (NULL), "
                    + "('99999999999')");
            dryRunAndRealRunAgree(db, db.dataSource(), "column ds_item.code changes from varchar to int but 2 values "
                    + "do not convert");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")
    void aUniqueKeyOverTheServersLimit(MySqlServer server) throws Exception {
        write(new AddIndex("Item", new IndexState("ds_item_title_uniq", List.of("title"), true)));
        try (MySqlDatabase db = MySqlDatabase.create(server)) {
            Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
            southward.migrate(MigrateRequest.app("ds").target("0001"));
            if (server.version().toLowerCase().contains("mariadb")) {
                // MariaDB builds a long unique key as a hash: nothing to report, and the migration runs.
                assertThat(southward.dryRun(MigrateRequest.all()).problems()).isEmpty();
                southward.migrate();
                assertThat(southward.verify().all()).isEmpty();
            } else {
                dryRunAndRealRunAgree(db, db.dataSource(), "an index on ds_item (title) would be 4000 bytes long in "
                        + "utf8mb4, over the server's limit of 3072 bytes");
            }
        }
    }
}
