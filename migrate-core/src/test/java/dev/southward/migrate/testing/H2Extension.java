package dev.southward.migrate.testing;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test method a fresh, private in-memory H2 database as a {@link TestDatabase} parameter; the database
 * disappears when the test ends.
 */
public final class H2Extension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(H2Extension.class);

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        return c.getStore(NS).getOrComputeIfAbsent("db", k -> create(), TestDatabase.class);
    }

    private static TestDatabase create() {
        String url = "jdbc:h2:mem:sw_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        return TestDatabase.of(url, ds);
    }

    @Override
    public void afterEach(ExtensionContext c) {
        TestDatabase db = c.getStore(NS).remove("db", TestDatabase.class);
        if (db != null) {
            try (var conn = db.dataSource().getConnection(); var s = conn.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
