package dev.southward.migrate.dialect.h2;

import dev.southward.migrate.introspect.Introspector;
import dev.southward.migrate.introspect.LiveColumn;
import dev.southward.migrate.introspect.LiveForeignKey;
import dev.southward.migrate.introspect.LiveIndex;
import dev.southward.migrate.introspect.LiveSchema;
import dev.southward.migrate.introspect.LiveTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Reads H2's INFORMATION_SCHEMA of the current schema in four queries, whatever the number of tables. */
final class H2Introspector implements Introspector {

    @Override
    public LiveSchema read(Handle handle) {
        LiveSchema schema = new LiveSchema();
        handle.createQuery("""
                SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,
                       IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY, DATETIME_PRECISION, DTD_IDENTIFIER
                FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = SCHEMA() ORDER BY TABLE_NAME, ORDINAL_POSITION""")
                .map((rs, ctx) -> {
                    String type = rs.getString("DATA_TYPE").toUpperCase(Locale.ROOT); // lower with DATABASE_TO_LOWER
                    if (type.equals("CHARACTER VARYING") || type.equals("BINARY VARYING")) {
                        type += "(" + rs.getLong("CHARACTER_MAXIMUM_LENGTH") + ")";
                    } else if (type.equals("NUMERIC")) {
                        type += "(" + rs.getInt("NUMERIC_PRECISION") + "," + rs.getInt("NUMERIC_SCALE") + ")";
                    } else if (type.equals("TIME") && rs.getInt("DATETIME_PRECISION") > 0) {
                        type += "(" + rs.getInt("DATETIME_PRECISION") + ")";
                    } else if (type.equals("ENUM")) {
                        type += enumValues(handle, rs.getString("TABLE_NAME"), rs.getString("DTD_IDENTIFIER"));
                    }
                    LiveColumn c = new LiveColumn(rs.getString("COLUMN_NAME"), type,
                            "YES".equalsIgnoreCase(rs.getString("IS_NULLABLE")), rs.getString("COLUMN_DEFAULT"),
                            "YES".equalsIgnoreCase(rs.getString("IS_IDENTITY")));
                    schema.tableOrNew(rs.getString("TABLE_NAME")).columns().put(c.name(), c);
                    return c;
                }).list();
        Map<String, List<String>> indexColumns = new LinkedHashMap<>();
        Map<String, Boolean> indexUnique = new LinkedHashMap<>();
        Map<String, String> indexTable = new LinkedHashMap<>();
        handle.createQuery("""
                SELECT I.TABLE_NAME, I.INDEX_NAME, I.INDEX_TYPE_NAME, C.COLUMN_NAME
                FROM INFORMATION_SCHEMA.INDEXES I JOIN INFORMATION_SCHEMA.INDEX_COLUMNS C
                  ON C.INDEX_SCHEMA = I.INDEX_SCHEMA AND C.INDEX_NAME = I.INDEX_NAME AND C.TABLE_NAME = I.TABLE_NAME
                WHERE I.TABLE_SCHEMA = SCHEMA() AND I.IS_GENERATED = FALSE
                ORDER BY I.TABLE_NAME, I.INDEX_NAME, C.ORDINAL_POSITION""")
                .map((rs, ctx) -> {
                    String name = rs.getString("INDEX_NAME");
                    indexTable.put(name, rs.getString("TABLE_NAME"));
                    indexUnique.put(name, rs.getString("INDEX_TYPE_NAME").toUpperCase(Locale.ROOT).startsWith("UNIQUE"));
                    indexColumns.computeIfAbsent(name, k -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
                    return name;
                }).list();
        indexColumns.forEach((name, cols) -> schema.tableOrNew(indexTable.get(name)).indexes()
                .put(name, new LiveIndex(name, cols, indexUnique.get(name))));
        // Columns through the constraints' indexes: KEY_COLUMN_USAGE keeps a column's old name after a rename (H2 2.3).
        handle.createQuery("""
                SELECT TC.TABLE_NAME, TC.CONSTRAINT_NAME, K.COLUMN_NAME, U.TABLE_NAME AS TARGET_TABLE,
                       UK.COLUMN_NAME AS TARGET_COLUMN, R.DELETE_RULE
                FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS TC
                JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS R
                  ON R.CONSTRAINT_SCHEMA = TC.CONSTRAINT_SCHEMA AND R.CONSTRAINT_NAME = TC.CONSTRAINT_NAME
                JOIN INFORMATION_SCHEMA.INDEX_COLUMNS K
                  ON K.INDEX_SCHEMA = TC.INDEX_SCHEMA AND K.INDEX_NAME = TC.INDEX_NAME AND K.ORDINAL_POSITION = 1
                JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS U
                  ON U.CONSTRAINT_SCHEMA = R.UNIQUE_CONSTRAINT_SCHEMA AND U.CONSTRAINT_NAME = R.UNIQUE_CONSTRAINT_NAME
                JOIN INFORMATION_SCHEMA.INDEX_COLUMNS UK
                  ON UK.INDEX_SCHEMA = U.INDEX_SCHEMA AND UK.INDEX_NAME = U.INDEX_NAME AND UK.ORDINAL_POSITION = 1
                WHERE TC.TABLE_SCHEMA = SCHEMA() AND UPPER(TC.CONSTRAINT_TYPE) = 'FOREIGN KEY'""")
                .map((rs, ctx) -> {
                    LiveForeignKey fk = new LiveForeignKey(rs.getString("CONSTRAINT_NAME"), rs.getString("COLUMN_NAME"),
                            rs.getString("TARGET_TABLE"), rs.getString("TARGET_COLUMN"), rs.getString("DELETE_RULE").toUpperCase(Locale.ROOT));
                    schema.tableOrNew(rs.getString("TABLE_NAME")).foreignKeys().put(fk.name(), fk);
                    return fk;
                }).list();
        handle.createQuery("""
                SELECT TC.TABLE_NAME, K.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS TC
                JOIN INFORMATION_SCHEMA.INDEX_COLUMNS K
                  ON K.INDEX_SCHEMA = TC.INDEX_SCHEMA AND K.INDEX_NAME = TC.INDEX_NAME
                WHERE TC.TABLE_SCHEMA = SCHEMA() AND UPPER(TC.CONSTRAINT_TYPE) = 'PRIMARY KEY'
                ORDER BY TC.TABLE_NAME, K.ORDINAL_POSITION""")
                .map((rs, ctx) -> schema.tableOrNew(rs.getString("TABLE_NAME")).primaryKey()
                        .add(rs.getString("COLUMN_NAME"))).list();
        return schema;
    }

    /** {@code ('A','B')} as {@link H2Dialect#canonicalType} spells an enum's values, in their order. */
    private static String enumValues(Handle handle, String table, String dtd) {
        List<String> values = handle.createQuery("""
                SELECT VALUE_NAME FROM INFORMATION_SCHEMA.ENUM_VALUES
                WHERE OBJECT_SCHEMA = SCHEMA() AND OBJECT_NAME = :table AND ENUM_IDENTIFIER = :dtd
                ORDER BY VALUE_ORDINAL""").bind("table", table).bind("dtd", dtd).mapTo(String.class).list();
        return values.stream().map(v -> "'" + v.replace("'", "''") + "'")
                .collect(java.util.stream.Collectors.joining(",", "(", ")"));
    }
}
