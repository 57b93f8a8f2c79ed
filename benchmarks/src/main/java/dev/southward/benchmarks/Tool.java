package dev.southward.benchmarks;

import dev.southward.migrate.MigrateResult;
import dev.southward.migrate.Southward;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.flywaydb.core.Flyway;

/**
 * The four contenders, each used the way its documentation shows for an application: one call that applies what
 * is pending. Every call builds the tool from scratch (nothing is cached by the harness between runs) and opens its
 * own connections from the data source.
 */
public enum Tool {
    /** The physical limit: the same DDL on one connection, no bookkeeping; its no-op is one query. */
    RAW("raw JDBC") {
        @Override
        int run(DataSource ds, Artifacts a, boolean expectWork) throws Exception {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                if (!expectWork) {
                    try (ResultSet rs = s.executeQuery("SELECT 1")) {
                        rs.next();
                    }
                    return 0;
                }
                for (List<String> migration : a.ddl()) {
                    for (String sql : migration) {
                        s.execute(sql);
                    }
                }
                return a.ddl().size();
            }
        }
    },
    SOUTHWARD("Southward") {
        @Override
        int run(DataSource ds, Artifacts a, boolean expectWork) {
            MigrateResult result = Southward.create(ds).withMigrationsDirectory(a.southward()).migrate();
            return result.steps().size();
        }
    },
    FLYWAY("Flyway") {
        @Override
        int run(DataSource ds, Artifacts a, boolean expectWork) {
            return Flyway.configure().dataSource(ds).locations("filesystem:" + a.flyway().toAbsolutePath())
                    .load().migrate().migrationsExecuted;
        }
    },
    LIQUIBASE("Liquibase") {
        @Override
        int run(DataSource ds, Artifacts a, boolean expectWork) throws Exception {
            // The console summary goes to the (silenced) log instead, as in an application.
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                Connection c = ds.getConnection();
                Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                try (Liquibase liquibase = new Liquibase(Artifacts.CHANGELOG,
                        new DirectoryResourceAccessor(a.liquibase()), db)) {
                    liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
                    liquibase.update(new Contexts(), new LabelExpression());
                }
            });
            return -1; // Liquibase's update does not say; checked through the schema afterwards
        }
    };

    private final String label;

    Tool(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Applies everything pending. Returns the number of migrations it applied, or -1 if the tool does not say.
     */
    abstract int run(DataSource ds, Artifacts a, boolean expectWork) throws Exception;

    /** Applies all migrations to an empty database and checks that it did. */
    public void apply(DataSource ds, Artifacts a) throws Exception {
        int applied = run(ds, a, true);
        if (applied != -1 && applied != a.ddl().size()) {
            throw new IllegalStateException(label + " applied " + applied + " migrations, expected " + a.ddl().size());
        }
    }

    /** Runs again with everything applied and checks that it did nothing. */
    public void noOp(DataSource ds, Artifacts a) throws Exception {
        int applied = run(ds, a, false);
        if (applied > 0) {
            throw new IllegalStateException(label + " applied " + applied + " migrations on a no-op run");
        }
    }

    /** Columns of the workload's tables: 50 ids plus one per later migration once everything is applied. */
    public static int workloadColumns(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            String schema = product.contains("h2") ? "SCHEMA()" : "DATABASE()";
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = "
                    + schema + " AND LOWER(TABLE_NAME) LIKE 'bench_t%'")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * What each tool reads: Southward's migration files, Flyway's SQL files, Liquibase's changelog (all rendered
     * for one server), and the DDL for the raw baseline.
     */
    public record Artifacts(Path southward, Path flyway, Path liquibase, List<List<String>> ddl) {
        public static final String CHANGELOG = "changelog.xml";
    }
}
