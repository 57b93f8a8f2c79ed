package dev.southward.migrate.cli.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A fresh database per test: an H2 file in the test's folder, or a database of its own on the MariaDB server at
 * 127.0.0.1:3306 (root, empty password), dropped afterwards. Introspection for the assertions goes through plain
 * JDBC metadata, independent of the code under test.
 */
public final class TestDatabase implements AutoCloseable {
    private static final String MARIADB = "jdbc:mysql://127.0.0.1:3306/";

    private final String kind;
    private final String url;
    private final String name;

    private TestDatabase(String kind, String url, String name) {
        this.kind = kind;
        this.url = url;
        this.name = name;
    }

    /**
     * Creates the database.
     *
     * @param kind "h2" or "mariadb"
     * @param dir  the test's folder (for H2's file)
     * @return the database
     */
    public static TestDatabase create(String kind, Path dir) throws SQLException {
        if (kind.equals("h2")) {
            return new TestDatabase(kind, "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), null);
        }
        String name = "sw_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(MARIADB, "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return new TestDatabase(kind, MARIADB + name, name);
    }

    /** The JDBC URL the command line is given. */
    public String url() {
        return url;
    }

    /** "h2" or "mariadb". */
    public String kind() {
        return kind;
    }

    /** The user: root on MariaDB, none on H2. */
    public String user() {
        return kind.equals("h2") ? "" : "root";
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user(), "");
    }

    /** The tables, in lower case, without the history table. */
    public TreeSet<String> tables() throws SQLException {
        TreeSet<String> out = new TreeSet<>();
        try (Connection c = connect(); ResultSet rs = c.getMetaData().getTables(c.getCatalog(),
                kind.equals("h2") ? "PUBLIC" : null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        out.remove("southward_history");
        return out;
    }

    /** The columns of a table, in lower case, in order. */
    public List<String> columns(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); ResultSet rs = c.getMetaData().getColumns(c.getCatalog(),
                kind.equals("h2") ? "PUBLIC" : null,
                // H2 stores Southward's names as unquoted SQL finds them: upper case.
                c.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table, "%")) {
            while (rs.next()) {
                out.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * The history table's migration rows (without the head row, a cache), or an empty list when there is no history
     * table.
     */
    public List<String> history() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            if (!tablesWithHistory(c)) {
                return out;
            }
            try (ResultSet rs = s.executeQuery("SELECT * FROM southward_history")) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        row.append(i > 1 ? "|" : "").append(rs.getString(i));
                    }
                    if (!row.toString().startsWith("~southward|")) { // the head row: a cache of the start-up check
                        out.add(row.toString());
                    }
                }
            }
        }
        out.sort(null);
        return out;
    }

    private boolean tablesWithHistory(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), kind.equals("h2") ? "PUBLIC" : null, "%",
                new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase("southward_history")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void close() throws SQLException {
        if (name != null) {
            try (Connection c = DriverManager.getConnection(MARIADB, "root", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }
}
