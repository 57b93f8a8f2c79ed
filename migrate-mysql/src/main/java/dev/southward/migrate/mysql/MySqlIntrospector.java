package dev.southward.migrate.mysql;

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

/**
 * Reads the current database's schema from information_schema in three queries, whatever the number of tables:
 * columns, index columns, foreign keys.
 */
final class MySqlIntrospector implements Introspector {
    private final boolean mariaDb;

    /** @param mariaDb whether defaults come quoted (MariaDB) rather than as the value itself (MySQL 8) */
    MySqlIntrospector(boolean mariaDb) {
        this.mariaDb = mariaDb;
    }

    @Override
    public LiveSchema read(Handle handle) {
        LiveSchema schema = new LiveSchema();
        handle.createQuery("""
                SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA
                FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
                ORDER BY TABLE_NAME, ORDINAL_POSITION""").map((rs, ctx) -> {
                    boolean nullable = "YES".equals(rs.getString("IS_NULLABLE"));
                    LiveColumn c = new LiveColumn(rs.getString("COLUMN_NAME"), type(rs.getString("COLUMN_TYPE")),
                            nullable, normalizeDefault(rs.getString("COLUMN_DEFAULT"), rs.getString("COLUMN_TYPE"),
                                    rs.getString("EXTRA"), mariaDb),
                            rs.getString("EXTRA").toLowerCase(Locale.ROOT).contains("auto_increment"));
                    schema.tableOrNew(rs.getString("TABLE_NAME")).columns().put(c.name(), c);
                    return c;
                }).list();
        Map<String, List<String>> foreignKeyNames = new LinkedHashMap<>();
        handle.createQuery("""
                SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME,
                       k.REFERENCED_COLUMN_NAME, r.DELETE_RULE
                FROM information_schema.KEY_COLUMN_USAGE k
                JOIN information_schema.REFERENTIAL_CONSTRAINTS r
                  ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
                 AND r.TABLE_NAME = k.TABLE_NAME
                WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL""").map((rs, ctx) -> {
                    String table = rs.getString("TABLE_NAME");
                    LiveForeignKey fk = new LiveForeignKey(rs.getString("CONSTRAINT_NAME"), rs.getString("COLUMN_NAME"),
                            rs.getString("REFERENCED_TABLE_NAME"), rs.getString("REFERENCED_COLUMN_NAME"),
                            rs.getString("DELETE_RULE"));
                    schema.tableOrNew(table).foreignKeys().put(fk.name(), fk);
                    foreignKeyNames.computeIfAbsent(table.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(fk.name().toLowerCase(Locale.ROOT));
                    return fk;
                }).list();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        Map<String, String> tables = new LinkedHashMap<>();
        handle.createQuery("""
                SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS
                WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""").map((rs, ctx) -> {
                    String table = rs.getString("TABLE_NAME");
                    String index = rs.getString("INDEX_NAME");
                    if (index.equals("PRIMARY")) {
                        schema.tableOrNew(table).primaryKey().add(rs.getString("COLUMN_NAME"));
                        return index;
                    }
                    String key = table + "\u0000" + index;
                    tables.put(key, table);
                    unique.put(key, rs.getInt("NON_UNIQUE") == 0);
                    columns.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
                    return index;
                }).list();
        columns.forEach((key, cols) -> {
            String table = tables.get(key);
            String index = key.substring(key.indexOf('\u0000') + 1);
            // The index that carries a foreign key shares its name: it belongs to the key, not to the model.
            if (!foreignKeyNames.getOrDefault(table.toLowerCase(Locale.ROOT), List.of())
                    .contains(index.toLowerCase(Locale.ROOT))) {
                schema.tableOrNew(table).indexes().put(index, new LiveIndex(index, cols, unique.get(key)));
            }
        });
        return schema;
    }

    /** {@code int(11)} (MariaDB, MySQL 5) and {@code int} (MySQL 8) are the same type; {@code tinyint(1)} is boolean. */
    static String type(String columnType) {
        String t = columnType.toLowerCase(Locale.ROOT);
        if (t.startsWith("tinyint(1)")) {
            return t;
        }
        return t.replaceAll("^(tinyint|smallint|mediumint|int|bigint)\\(\\d+\\)", "$1");
    }

    /**
     * MariaDB reports a missing default of a nullable column as {@code NULL}, a string default as the quoted
     * literal it would print ({@code 'a\\\\b'}, {@code 'it''s'}) and a hex default of a TEXT column as
     * {@code X'..'}; MySQL 8 reports the value itself, or an expression default (its only form on TEXT and BLOB)
     * as the expression. All come back as the value.
     */
    static String normalizeDefault(String value, String type, String extra, boolean mariaDb) {
        if (value == null || (mariaDb && value.equals("NULL"))) {
            return null;
        }
        boolean blob = type.toLowerCase(Locale.ROOT).endsWith("blob");
        if (!mariaDb && extra != null && extra.contains("DEFAULT_GENERATED") && value.matches("0x[0-9a-fA-F]*")) {
            // MySQL 8 prints an expression default given as a hex literal (TEXT and BLOB columns) as 0x...
            return blob ? "X'" + value.substring(2).toLowerCase(Locale.ROOT) + "'" : utf8(value.substring(2));
        }
        if (!mariaDb && extra != null && extra.contains("DEFAULT_GENERATED")) {
            // MySQL 8 prints an expression default given as a quoted literal with its quotes and backslashes
            // escaped and a charset before it: _utf8mb4\'it\'\'s\' for ('it''s').
            String v = unescapeBackslashes(value).replaceFirst("^_[A-Za-z0-9]+(?=')", "");
            return v.length() >= 2 && v.startsWith("'") && v.endsWith("'") ? unescape(v.substring(1, v.length() - 1))
                    : v;
        }
        if (mariaDb && value.length() >= 3 && value.startsWith("X'") && value.endsWith("'")) {
            return blob ? value.toLowerCase(Locale.ROOT).replace("x'", "X'") : utf8(value.substring(2,
                    value.length() - 1));
        }
        if (mariaDb && value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return unescape(value.substring(1, value.length() - 1));
        }
        return value;
    }

    /** Reads backslash escapes only: {@code \\n} is a line feed, {@code \\x} any other character x. */
    private static String unescapeBackslashes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i == s.length() - 1) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            out.append(switch (n) {
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case '0' -> '\0';
                case 'Z' -> '\u001a';
                default -> n;
            });
        }
        return out.toString();
    }

    /** Hex as UTF-8, with characters beyond the BMP as {@code ?}, as the quoted forms show them (utf8mb3). */
    private static String utf8(String hex) {
        return new String(java.util.HexFormat.of().parseHex(hex), java.nio.charset.StandardCharsets.UTF_8)
                .codePoints().mapToObj(cp -> cp > 0xFFFF ? "?" : Character.toString(cp))
                .collect(java.util.stream.Collectors.joining());
    }

    /** The escapes MariaDB prints in a quoted default. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                out.append(switch (e) {
                    case '0' -> '\0';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'b' -> '\b';
                    case 'Z' -> (char) 26;
                    default -> e;
                });
            } else if (c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                out.append('\'');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
