package dev.southward.migrate.jpa.oracle;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A schema read through JDBC metadata and the information schema, independently of Southward's introspectors, as
 * sorted lines per table: each column (type, nullability, default, identity), the primary key, foreign keys,
 * unique keys and indexes. Constraint and index names are left out (Hibernate hashes its own). Two normalisations,
 * both listed in docs/jpa.md: an index whose columns begin another index or the primary key is left out (MySQL and
 * H2 add one for a foreign key only when no index starts with its column), and NO ACTION reads as RESTRICT (what
 * Hibernate's foreign keys without a rule are on MySQL and MariaDB).
 */
public final class SchemaSnapshot {
    private SchemaSnapshot() {
    }

    /**
     * Reads the schema of {@code db}, leaving out Southward's history tables.
     *
     * @param db the database
     * @return table name to its sorted lines
     * @throws SQLException when reading fails
     */
    public static Map<String, List<String>> read(TestDb db) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String catalog = c.getCatalog();
            String schema = db.mysql() ? null : c.getSchema();
            Map<String, String> types = db.mysql() ? ColumnTypes.mysql(c) : ColumnTypes.h2(c);
            Map<String, List<String>> out = new TreeMap<>();
            try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (!table.toLowerCase().startsWith("southward_")) {
                        out.put(table, new ArrayList<>());
                    }
                }
            }
            for (Map.Entry<String, List<String>> e : out.entrySet()) {
                e.getValue().addAll(table(meta, catalog, schema, e.getKey(), types));
            }
            return out;
        }
    }

    private static List<String> table(DatabaseMetaData meta, String catalog, String schema, String table,
            Map<String, String> types) throws SQLException {
        TreeSet<String> lines = new TreeSet<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                lines.add("column " + column + ": " + types.get(table + "." + column)
                        + ("YES".equals(rs.getString("IS_NULLABLE")) ? " null" : " not null")
                        + (rs.getString("COLUMN_DEF") == null ? "" : " default " + rs.getString("COLUMN_DEF"))
                        + ("YES".equals(rs.getString("IS_AUTOINCREMENT")) ? " identity" : ""));
            }
        }
        List<String> pk = new ArrayList<>();
        Map<Integer, String> pkBySeq = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                pkBySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        pk.addAll(pkBySeq.values());
        if (!pk.isEmpty()) {
            lines.add("primary key " + pk);
        }
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                int rule = rs.getInt("DELETE_RULE");
                String onDelete = switch (rule) {
                    case DatabaseMetaData.importedKeyCascade -> "CASCADE";
                    case DatabaseMetaData.importedKeySetNull -> "SET NULL";
                    case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
                    default -> "RESTRICT"; // RESTRICT and NO ACTION: the same immediate check on these databases
                };
                lines.add("foreign key (" + rs.getString("FKCOLUMN_NAME") + ") -> " + rs.getString("PKTABLE_NAME") + "("
                        + rs.getString("PKCOLUMN_NAME") + ") on delete " + onDelete);
            }
        }
        lines.addAll(indexes(meta, catalog, schema, table, pk));
        return new ArrayList<>(lines);
    }

    private static List<String> indexes(DatabaseMetaData meta, String catalog, String schema, String table,
            List<String> pk) throws SQLException {
        Map<String, Map<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new HashMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getString("COLUMN_NAME") == null) {
                    continue;
                }
                columns.computeIfAbsent(name, k -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"),
                        rs.getString("COLUMN_NAME"));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        List<String> out = new ArrayList<>();
        columns.forEach((name, cols) -> {
            List<String> list = new ArrayList<>(cols.values());
            if (unique.get(name)) {
                if (!list.equals(pk)) {
                    out.add("unique " + list);
                }
                return;
            }
            boolean covered = isPrefix(list, pk) || columns.entrySet().stream().anyMatch(o -> !o.getKey().equals(name)
                    && (o.getValue().size() > list.size() || unique.get(o.getKey()))
                    && isPrefix(list, new ArrayList<>(o.getValue().values())));
            if (!covered) {
                out.add("index " + list);
            }
        });
        return out;
    }

    private static boolean isPrefix(List<String> prefix, List<String> of) {
        return of.size() >= prefix.size() && of.subList(0, prefix.size()).equals(prefix);
    }

    /**
     * Lists the differences between two snapshots, table by table and line by line.
     *
     * @param hibernate the schema Hibernate created
     * @param southward the schema Southward's migrations built
     * @return one entry per difference, empty when equal
     */
    public static List<String> differences(Map<String, List<String>> hibernate, Map<String, List<String>> southward) {
        List<String> out = new ArrayList<>();
        TreeSet<String> tables = new TreeSet<>(hibernate.keySet());
        tables.addAll(southward.keySet());
        for (String t : tables) {
            List<String> h = hibernate.get(t);
            List<String> s = southward.get(t);
            if (h == null || s == null) {
                out.add(t + ": table only in " + (h == null ? "Southward's" : "Hibernate's") + " schema");
                continue;
            }
            h.stream().filter(l -> !s.contains(l)).forEach(l -> out.add(t + ": Hibernate has   " + l));
            s.stream().filter(l -> !h.contains(l)).forEach(l -> out.add(t + ": Southward has   " + l));
        }
        return out;
    }
}
