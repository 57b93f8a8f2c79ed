package dev.southward.migrate.mysql;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.IndexKeys;
import dev.southward.migrate.state.ModelState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * What the dry run checks of the server itself, because the real run would fail on it although the schema and
 * data are fine: a read-only server or session, missing privileges, and InnoDB's key length limit.
 */
final class ServerChecks {
    static final int MAX_KEY_BYTES = IndexKeys.INNODB_MAX_BYTES;
    private static final Set<String> NEEDED = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP",
            "ALTER", "INDEX", "REFERENCES");
    private static final Pattern GRANT = Pattern.compile("^GRANT (.+?) ON (\\S+) TO ", Pattern.CASE_INSENSITIVE);

    private ServerChecks() {
    }

    static List<String> problems(Handle h, boolean mariaDb) {
        List<String> out = new ArrayList<>();
        String session = mariaDb ? "@@session.tx_read_only" : "@@session.transaction_read_only";
        String superReadOnly = mariaDb ? "0" : "@@global.super_read_only";
        var row = h.createQuery("SELECT @@global.read_only, " + superReadOnly + ", " + session + ", DATABASE()")
                .map((rs, ctx) -> new Object[] {rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getString(4)})
                .one();
        List<String> grants = h.createQuery("SHOW GRANTS").mapTo(String.class).list();
        boolean hasSuper = grants.stream().anyMatch(g -> privileges(g, "*.*").stream()
                .anyMatch(p -> p.equals("SUPER") || p.equals("ALL PRIVILEGES") || p.equals("ALL")));
        if ((Boolean) row[1]) {
            out.add("the server is read-only for everyone (super_read_only = ON): no migration can run");
        } else if ((Boolean) row[0] && !hasSuper) {
            out.add("the server is read-only (read_only = ON) and this user has no SUPER privilege");
        }
        if ((Boolean) row[2]) {
            out.add("the session is read-only (" + session.substring(10) + " = ON)");
        }
        missing(grants, (String) row[3]).ifPresent(out::add);
        return out;
    }

    /** The privileges a migration needs that no grant of the current user gives, if that can be told. */
    private static Optional<String> missing(List<String> grants, String schema) {
        List<String> have = new ArrayList<>();
        for (String g : grants) {
            Matcher m = GRANT.matcher(g);
            if (!m.find()) {
                return Optional.empty(); // a role or proxy grant: its privileges cannot be read from here
            }
            String on = m.group(2).replace("`", "").replace("'", "").replace("\"", "");
            if (on.equals("*.*") || schema != null && on.equalsIgnoreCase(schema + ".*")) {
                have.addAll(privileges(g, null));
            }
        }
        if (have.contains("ALL PRIVILEGES") || have.contains("ALL")) {
            return Optional.empty();
        }
        List<String> lacking = NEEDED.stream().filter(p -> !have.contains(p)).sorted().toList();
        return lacking.isEmpty() ? Optional.empty() : Optional.of("the user lacks the privilege" + (lacking.size() == 1
                ? " " : "s ") + String.join(", ", lacking) + " on " + (schema == null ? "this database" : schema)
                + " (SHOW GRANTS), which migrations need");
    }

    /** The privileges of one GRANT line, upper case; only for {@code on} when it is not null. */
    private static List<String> privileges(String grant, String on) {
        Matcher m = GRANT.matcher(grant);
        if (!m.find() || on != null && !m.group(2).replace("`", "").equals(on)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : m.group(1).split(",")) {
            String name = p.trim().toUpperCase(Locale.ROOT);
            int paren = name.indexOf('(');
            out.add((paren > 0 ? name.substring(0, paren) : name).trim());
        }
        return out;
    }

    /** An index over more than {@link #MAX_KEY_BYTES} bytes (utf8mb4 takes 4 bytes a character). */
    static Optional<String> indexProblem(ModelState model, List<FieldState> columns, boolean mariaDb) {
        long bytes = IndexKeys.utf8mb4Bytes(columns);
        if (bytes <= MAX_KEY_BYTES || mariaDb) {
            // MariaDB builds a long unique key as a hash (and the issue is MySQL's): only MySQL is checked.
            return Optional.empty();
        }
        return Optional.of("an index on " + model.table() + " (" + String.join(", ", columns.stream()
                .map(FieldState::column).toList()) + ") would be " + bytes + " bytes long in utf8mb4, over the "
                + "server's limit of " + MAX_KEY_BYTES + " bytes (\"Specified key was too long\"): shorten the "
                + "columns");
    }
}
