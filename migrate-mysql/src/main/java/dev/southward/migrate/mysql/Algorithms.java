package dev.southward.migrate.mysql;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Online-friendly DDL: an ALTER TABLE asks for {@code ALGORITHM=INSTANT} when every change in it is one the
 * server can do instantly (add, drop or rename a column, change a default), for {@code ALGORITHM=INPLACE,
 * LOCK=NONE} when it only adds or drops indexes, and for nothing otherwise. When the server refuses (MySQL and
 * MariaDB both answer with error 1845 or 1846), the statement runs again with the next weaker request; the rendered
 * SQL shows the first choice and the log shows any fallback.
 */
final class Algorithms {
    static final String INSTANT = ", ALGORITHM=INSTANT";
    static final String INPLACE = ", ALGORITHM=INPLACE, LOCK=NONE";
    private static final Pattern CLAUSE_SPLIT = Pattern.compile(", (?=(ADD|DROP|MODIFY|ALTER|RENAME|CHANGE) )");
    private static final List<Integer> NOT_SUPPORTED = List.of(1845, 1846);

    private Algorithms() {
    }

    static String decorate(String sql) {
        if (!sql.startsWith("ALTER TABLE ") || sql.contains("ALGORITHM=")) {
            return sql;
        }
        String clauses = sql.substring(sql.indexOf("` ", "ALTER TABLE ".length()) + 2);
        List<String> parts = List.of(CLAUSE_SPLIT.split(clauses));
        if (parts.stream().allMatch(Algorithms::instant)) {
            return sql + INSTANT;
        }
        if (parts.stream().allMatch(p -> p.startsWith("ADD INDEX") || p.startsWith("ADD UNIQUE INDEX")
                || p.startsWith("DROP INDEX"))) {
            return sql + INPLACE;
        }
        return sql;
    }

    private static boolean instant(String clause) {
        // An expression default (MySQL's only default on TEXT and BLOB) is never instant.
        return (clause.startsWith("ADD COLUMN") && !clause.contains("AUTO_INCREMENT")
                && !clause.contains(" DEFAULT ("))
                || clause.startsWith("DROP COLUMN") || clause.startsWith("RENAME COLUMN")
                || (clause.startsWith("ALTER COLUMN") && clause.contains(" DEFAULT"));
    }

    static Optional<String> fallback(String sql, RuntimeException failure) {
        if (!notSupported(failure)) {
            return Optional.empty();
        }
        if (sql.endsWith(INSTANT)) {
            String base = sql.substring(0, sql.length() - INSTANT.length());
            return Optional.of(base + INPLACE);
        }
        if (sql.endsWith(INPLACE)) {
            return Optional.of(sql.substring(0, sql.length() - INPLACE.length()));
        }
        return Optional.empty();
    }

    private static boolean notSupported(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException e && NOT_SUPPORTED.contains(e.getErrorCode())) {
                return true;
            }
        }
        return false;
    }
}
