package dev.southward.migrate.jpa.oracle;

import javax.sql.DataSource;

/**
 * A fresh database for one side of a comparison.
 *
 * @param kind       {@code h2}, {@code mysql8} or {@code mariadb}
 * @param url        its JDBC URL
 * @param user       the user
 * @param password   the password
 * @param dataSource a data source on it
 * @param closer     drops it
 */
public record TestDb(String kind, String url, String user, String password, DataSource dataSource,
        AutoCloseable closer) implements AutoCloseable {
    /** Whether it is MySQL 8 or MariaDB. */
    public boolean mysql() {
        return !kind.equals("h2");
    }

    @Override
    public void close() throws Exception {
        closer.close();
    }

    /**
     * A new in-memory H2 database in H2's default mode: unquoted names fold to upper case, and Southward creates its
     * names the way unquoted SQL (Hibernate's) finds them.
     *
     * @return the database
     */
    public static TestDb h2() {
        String url = "jdbc:h2:mem:JPA_" + java.util.UUID.randomUUID().toString().replace("-", "").toUpperCase()
                + ";DB_CLOSE_DELAY=-1";
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        ds.setPassword("");
        return new TestDb("h2", url, "sa", "", ds, () -> {
            try (var c = ds.getConnection(); var s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        });
    }
}
