package dev.southward.migrate.mysql.crash;

import dev.southward.migrate.mysql.testing.MySqlDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Copies whole test databases (tables, indexes, rows and the history table) to restore a crashed state many
 * times, and fingerprints the data: every row and every column's definition.
 */
final class Snapshots {
    private final MySqlDatabase work;

    Snapshots(MySqlDatabase work) {
        this.work = work;
    }

    MySqlDatabase work() {
        return work;
    }

    /** Makes {@code to} an exact copy of {@code from} (both are test databases of ours, without foreign keys). */
    void copy(MySqlDatabase from, MySqlDatabase to) {
        try (Connection c = work.connect(); Statement s = c.createStatement()) {
            for (String table : tables(s, to)) {
                s.execute("DROP TABLE `" + to.name() + "`.`" + table + "`");
            }
            for (String table : tables(s, from)) {
                s.execute("CREATE TABLE `" + to.name() + "`.`" + table + "` LIKE `" + from.name() + "`.`" + table
                        + "`");
                s.execute("INSERT INTO `" + to.name() + "`.`" + table + "` SELECT * FROM `" + from.name() + "`.`"
                        + table + "`");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> tables(Statement s, MySqlDatabase db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                + db.name() + "'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The rows (by id) and column definitions of the tables of the working database. */
    String fingerprint(List<String> tables) {
        StringBuilder out = new StringBuilder();
        try (Connection c = work.connect(); Statement s = c.createStatement()) {
            for (String table : tables) {
                CRC32 crc = new CRC32();
                long rows = 0;
                try (ResultSet rs = s.executeQuery("SELECT * FROM `" + table + "` ORDER BY id")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    out.append(table).append('(');
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        out.append(meta.getColumnName(i)).append(' ').append(meta.getColumnTypeName(i)).append(' ')
                                .append(meta.getPrecision(i)).append(i < meta.getColumnCount() ? ", " : "");
                    }
                    while (rs.next()) {
                        rows++;
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            crc.update(String.valueOf(rs.getString(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            crc.update(0);
                        }
                    }
                }
                out.append(") ").append(rows).append(" rows, crc ").append(Long.toHexString(crc.getValue())).append("; ");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
