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

    public void execute(String sql) {
        jdbi.useHandle(h -> h.execute(sql));
    }
}
