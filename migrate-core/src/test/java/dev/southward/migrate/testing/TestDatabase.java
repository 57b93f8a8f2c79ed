package dev.southward.migrate.testing;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh database of one test, given by {@link H2Extension} (or the MySQL module's extension).
 *
 * @param url        its JDBC URL
 * @param dataSource a data source counting the statements it executes
 * @param jdbi       a Jdbi over {@code dataSource}
 */
public record TestDatabase(String url, CountingDataSource dataSource, Jdbi jdbi) {
    public static TestDatabase of(String url, DataSource raw) {
        CountingDataSource counting = new CountingDataSource(raw);
        return new TestDatabase(url, counting, Jdbi.create(counting));
    }

    /** Runs a query returning one long, e.g. a COUNT. */
    public long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /** An identifier quoted the way this database quotes ({@code "x"} on H2, {@code `x`} on MySQL). */
    public String q(String identifier) {
        String quote = jdbi.withHandle(h -> {
            try {
                return h.getConnection().getMetaData().getIdentifierQuoteString();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return quote + identifier + quote;
    }

    /** Replaces {@code "x"} by the database's quoting, so test SQL reads the same for every database. */
    public String sql(String ansi) {
        return ansi.replace("\"", q("").substring(0, 1));
    }

    public void execute(String sql) {
        jdbi.useHandle(h -> h.execute(sql));
    }
}
