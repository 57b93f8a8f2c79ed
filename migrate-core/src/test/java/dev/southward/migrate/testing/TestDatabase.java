package dev.southward.migrate.testing;

import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.dialect.Dialects;
import java.util.regex.Pattern;
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
    private static final Pattern QUOTED = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_]*)\"");

    public static TestDatabase of(String url, DataSource raw) {
        CountingDataSource counting = new CountingDataSource(raw);
        return new TestDatabase(url, counting, Jdbi.create(counting));
    }

    /** Runs a query returning one long, e.g. a COUNT. */
    public long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /**
     * An identifier as the database's dialect writes it: quoted ({@code "X"} on H2, {@code `x`} on MySQL) and, on H2,
     * folded to the case unquoted SQL finds it in.
     */
    public String q(String identifier) {
        return dialect().quote(identifier);
    }

    /**
     * Replaces each {@code "x"} by the dialect's spelling of {@code x} ({@link #q}), so test SQL reads the same for
     * every database.
     */
    public String sql(String ansi) {
        Dialect d = dialect();
        return QUOTED.matcher(ansi).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(d.quote(m.group(1))));
    }

    private Dialect dialect() {
        return jdbi.withHandle(h -> Dialects.forConnection(h.getConnection()));
    }

    public void execute(String sql) {
        jdbi.useHandle(h -> h.execute(sql));
    }
}
