package dev.southward.migrate.jpa.oracle;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Full column types ({@code table.column} to type) from each database's information schema. */
final class ColumnTypes {
    private ColumnTypes() {
    }

    /** MySQL and MariaDB: COLUMN_TYPE, without the display width of integers (MariaDB prints {@code int(11)}). */
    static Map<String, String> mysql(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = DATABASE()")) {
            while (rs.next()) {
                out.put(rs.getString(1) + "." + rs.getString(2), rs.getString(3).toLowerCase()
                        .replaceAll("^(tinyint|smallint|mediumint|int|bigint)\\(\\d+\\)", "$1"));
            }
        }
        return out;
    }

    /** H2: DATA_TYPE with its length, precision and scale, fraction digits, or enum values. */
    static Map<String, String> h2(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,
                       DATETIME_PRECISION, DTD_IDENTIFIER
                FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = SCHEMA()""")) {
            while (rs.next()) {
                String type = rs.getString("DATA_TYPE");
                String full = switch (type) {
                    case "CHARACTER VARYING", "CHARACTER", "BINARY VARYING", "BINARY" ->
                            type + "(" + rs.getLong("CHARACTER_MAXIMUM_LENGTH") + ")";
                    case "NUMERIC", "DECIMAL" -> type + "(" + rs.getInt("NUMERIC_PRECISION") + ","
                            + rs.getInt("NUMERIC_SCALE") + ")";
                    case "TIME", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "TIME WITH TIME ZONE" ->
                            type + "(" + rs.getInt("DATETIME_PRECISION") + ")";
                    case "ENUM" -> type + enumValues(c, rs.getString("TABLE_NAME"), rs.getString("DTD_IDENTIFIER"));
                    default -> type;
                };
                out.put(rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME"), full);
            }
        }
        return out;
    }

    private static String enumValues(Connection c, String table, String dtd) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT VALUE_NAME FROM INFORMATION_SCHEMA.ENUM_VALUES WHERE OBJECT_SCHEMA ="
                + " SCHEMA() AND OBJECT_NAME = ? AND ENUM_IDENTIFIER = ? ORDER BY VALUE_ORDINAL")) {
            ps.setString(1, table);
            ps.setString(2, dtd);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add("'" + rs.getString(1) + "'");
                }
            }
        }
        return "(" + String.join(",", values) + ")";
    }
}
