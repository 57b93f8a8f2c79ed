package dev.southward.migrate.mysql;

import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.dialect.AbstractDialect;
import dev.southward.migrate.dialect.ConstraintNames;
import dev.southward.migrate.introspect.Introspector;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * MySQL 8.0+ and MariaDB 10.6+ through Connector/J. MySQL cannot roll back DDL, so each operation renders as one
 * statement where possible (a single ALTER TABLE is atomic on MySQL 8), consecutive changes to one table are
 * merged into one ALTER TABLE, and ALTERs ask for the least blocking algorithm the change allows.
 */
public final class MySqlDialect extends AbstractDialect {
    private final ServerVersion version;

    /** For {@link java.util.ServiceLoader}; the version is read from the connection in {@link #supports}. */
    public MySqlDialect() {
        this(null);
    }

    MySqlDialect(ServerVersion version) {
        this.version = version;
    }

    @Override
    public String name() {
        return version == null ? "mysql" : version.toString();
    }

    @Override
    public boolean supports(String productName, String productVersion) {
        String p = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        return p.contains("mysql") || p.contains("mariadb");
    }

    @Override
    public java.util.List<String> serverProblems(org.jdbi.v3.core.Handle handle) {
        return ServerChecks.problems(handle, version != null && version.mariaDb());
    }

    @Override
    public java.util.Optional<String> indexProblem(dev.southward.migrate.state.ModelState model,
            java.util.List<dev.southward.migrate.state.FieldState> columns) {
        return ServerChecks.indexProblem(model, columns, version != null && version.mariaDb());
    }

    /**
     * The server's flavour and version, from JDBC metadata.
     *
     * @return whether the server is MySQL or MariaDB, and its version
     */
    public ServerVersion version() {
        return version;
    }

    @Override
    protected char quoteChar() {
        return '`';
    }

    @Override
    protected String autoIncrementClause() {
        return "AUTO_INCREMENT";
    }

    @Override
    public String columnType(FieldState f) {
        return switch (f.type()) {
            case STRING -> "VARCHAR(" + f.maxLength() + ")";
            case TEXT -> "LONGTEXT";
            case INT -> "INT";
            case LONG -> "BIGINT";
            case SHORT -> "SMALLINT";
            case BOOLEAN -> "TINYINT(1)";
            case DECIMAL -> "DECIMAL(" + f.precision() + "," + f.scale() + ")";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
            case TIME -> f.precision() == null ? "TIME(6)" : f.precision() == 0 ? "TIME" : "TIME(" + f.precision() + ")";
            case DATETIME, INSTANT -> "DATETIME(6)";
            case BINARY -> "LONGBLOB";
            case UUID -> "CHAR(36)";
            case NATIVE_UUID -> "BINARY(16)"; // Hibernate 7.4 on MySQL 8 and MariaDB 10.11 alike
            case BIT -> "BIT(1)";
            case BYTE -> "TINYINT";
            case FLOAT -> "FLOAT";
            case ENUM -> "ENUM" + enumValues(f);
            case VARBINARY -> "VARBINARY(" + f.maxLength() + ")";
        };
    }

    @Override
    public String canonicalType(FieldState f) {
        return columnType(f).toLowerCase(Locale.ROOT);
    }

    @Override
    public String literal(FieldState field, String value) {
        return switch (field.type()) {
            case BOOLEAN, BIT -> Boolean.parseBoolean(checked(field, value)) ? "1" : "0";
            case NATIVE_UUID -> "X'" + checked(field, value).replace("-", "") + "'"; // binary(16): the UUID's bytes
            case DATE, TIME -> "'" + checked(field, value) + "'";
            case DATETIME -> "'" + checked(field, value).replace('T', ' ') + "'";
            default -> super.literal(field, value);
        };
    }

    /**
     * Printable ASCII without a backslash as {@code '...'} (quotes doubled), anything else as the hex literal of
     * its UTF-8 bytes, {@code X'...'}. Only the backslash reads differently under {@code NO_BACKSLASH_ESCAPES},
     * so doubling quotes alone is right in every {@code sql_mode}, and a hex literal has no escapes at all: the
     * SQL means the same whatever the session's mode and encoding, and renders the same (journal hashes,
     * previews). The bytes are taken as the column's utf8mb4 (Southward creates its tables in utf8mb4). No
     * {@code _utf8mb4} introducer: MariaDB prints a TEXT column's default with one back into SQL wrongly escaped.
     */
    @Override
    protected String stringLiteral(String value) {
        if (value.chars().allMatch(c -> c >= ' ' && c < 127 && c != '\\')) {
            return "'" + value.replace("'", "''") + "'";
        }
        return "X'" + java.util.HexFormat.of().formatHex(value.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "'";
    }

    @Override
    protected String instantLiteral(Instant instant) {
        return "'" + instant.toString().replace('T', ' ').replace("Z", "") + "'";
    }

    /**
     * The default as {@link MySqlIntrospector} reports it: text as the value itself (the introspector decodes
     * MariaDB's quoted and hex forms), with characters beyond the Basic Multilingual Plane as {@code ?}
     * (information_schema is utf8mb3); decimals with all their places; times with six fraction digits; binary
     * as {@code X'..'}.
     */
    @Override
    public String defaultText(FieldState field, String value) {
        String v = checked(field, value);
        return switch (field.type()) {
            case STRING, TEXT, UUID -> v.codePoints().mapToObj(cp -> cp > 0xFFFF ? "?" : Character.toString(cp))
                    .collect(java.util.stream.Collectors.joining());
            case DECIMAL -> new java.math.BigDecimal(v).setScale(field.scale()).toPlainString();
            case DOUBLE -> new java.math.BigDecimal(v).stripTrailingZeros().toPlainString();
            case TIME, DATETIME -> sixDigits(v.replace('T', ' '));
            default -> {
                String literal = literal(field, value);
                yield literal.startsWith("'") && literal.endsWith("'") && literal.length() >= 2
                        ? literal.substring(1, literal.length() - 1) : literal;
            }
        };
    }

    /** {@code 07:05:00} as TIME(6) prints it, {@code 07:05:00.000000}. */
    private static String sixDigits(String time) {
        int dot = time.indexOf('.');
        String fraction = dot < 0 ? "" : time.substring(dot + 1);
        return (dot < 0 ? time : time.substring(0, dot)) + "." + (fraction + "000000").substring(0, 6);
    }

    @Override
    public List<String> createTable(ModelState model, ProjectState state) {
        List<String> parts = new ArrayList<>();
        model.fields().forEach(f -> parts.add(columnDefinition(f, null)));
        List<String> pk = model.primaryKey().stream().map(FieldState::column).toList();
        if (!pk.isEmpty()) {
            parts.add("PRIMARY KEY (" + columns(pk) + ")");
        }
        for (FieldState f : model.fields()) {
            if (f.unique()) {
                parts.add("UNIQUE INDEX " + quote(ConstraintNames.unique(model, f)) + " (" + quote(f.column()) + ")");
            }
            if (f.indexed()) {
                parts.add("INDEX " + quote(ConstraintNames.index(model, f)) + " (" + quote(f.column()) + ")");
            }
        }
        for (IndexState i : model.indexes()) {
            parts.add((i.unique() ? "UNIQUE INDEX " : "INDEX ") + quote(i.name()) + " ("
                    + columns(i.fields().stream().map(model::column).toList()) + ")");
        }
        for (FieldState f : model.fields()) {
            if (f.foreignKey() != null) {
                ModelState target = f.foreignKey().model().equals(model.key()) ? model
                        : state.requireModel(f.foreignKey().app(), f.foreignKey().modelName());
                parts.add("INDEX " + quote(ConstraintNames.foreignKey(model, f)) + " (" + quote(f.column()) + ")");
                if (f.foreignKey().constraint()) {
                    parts.add(foreignKeyClause(model, f, target));
                }
            }
        }
        // One statement: creating a table is then all or nothing.
        return List.of("CREATE TABLE " + table(model) + " (\n    " + String.join(",\n    ", parts)
                + "\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
    }

    @Override
    public List<String> alterColumn(ModelState model, FieldState from, FieldState to, String fillNulls) {
        List<String> out = new ArrayList<>();
        if (from.nullable() && !to.nullable() && fillNulls != null) {
            out.add("UPDATE " + table(model) + " SET " + quote(to.column()) + " = " + literal(to, fillNulls)
                    + " WHERE " + quote(to.column()) + " IS NULL");
        }
        // MODIFY needs the whole definition: type, nullability and default together.
        out.add("ALTER TABLE " + table(model) + " MODIFY COLUMN " + columnDefinition(to, null));
        return out;
    }

    /** MySQL 8.0 sets an expression default with MODIFY only; ALTER COLUMN ... SET takes literals. */
    @Override
    protected String setDefault(ModelState model, FieldState field, String value) {
        if (value != null && expressionDefault(field)) {
            return "ALTER TABLE " + table(model) + " MODIFY COLUMN " + columnDefinition(field, value);
        }
        return "ALTER TABLE " + table(model) + " ALTER COLUMN " + quote(field.column())
                + (value == null ? " DROP DEFAULT" : " SET DEFAULT " + defaultExpression(field, value));
    }

    /**
     * MySQL (not MariaDB) refuses a literal default on TEXT and BLOB columns ("can't have a default value") and
     * takes an expression instead, from 8.0.13: {@code DEFAULT ('')}. A one-off default fills the rows that way and
     * is dropped again as any other.
     */
    @Override
    protected String defaultExpression(FieldState f, String value) {
        if (!expressionDefault(f)) {
            return literal(f, value);
        }
        String literal = literal(f, value);
        // MySQL keeps the expression X'' as 0x, which it then cannot read back ("Unknown column '0x' in 'default
        // value expression'"); the empty string is the same (no) bytes.
        return "(" + (literal.equals("X''") ? "''" : literal) + ")";
    }

    private boolean expressionDefault(FieldState f) {
        if (f.type() != FieldType.TEXT && f.type() != FieldType.BINARY || version != null && version.mariaDb()) {
            return false;
        }
        if (version != null && version.major() == 8 && version.minor() == 0 && version.patch() < 13) {
            throw new SouthwardException("Column '" + f.column() + "': " + version + " cannot give a "
                    + columnType(f) + " column a default (MySQL 8.0.13 can); remove the default from the model");
        }
        return true;
    }

    @Override
    public List<String> createIndex(ModelState model, String name, List<String> columns, boolean unique) {
        return List.of("ALTER TABLE " + table(model) + " ADD " + (unique ? "UNIQUE " : "") + "INDEX " + quote(name)
                + " (" + columns(columns) + ")");
    }

    @Override
    public List<String> dropIndex(ModelState model, String name) {
        return List.of("ALTER TABLE " + table(model) + " DROP INDEX " + quote(name));
    }

    /** The foreign key comes with an index of the same name, so dropping both is always exact. */
    @Override
    public List<String> addForeignKey(ModelState model, FieldState field, ModelState target) {
        String index = "ALTER TABLE " + table(model) + " ADD INDEX " + quote(ConstraintNames.foreignKey(model, field))
                + " (" + quote(field.column()) + ")";
        return List.of(field.foreignKey().constraint() ? index + ", ADD " + foreignKeyClause(model, field, target)
                : index);
    }

    @Override
    public List<String> dropForeignKey(ModelState model, FieldState field) {
        String name = quote(ConstraintNames.foreignKey(model, field));
        return List.of("ALTER TABLE " + table(model) + (field.foreignKey().constraint()
                ? " DROP FOREIGN KEY " + name + ", DROP INDEX " + name : " DROP INDEX " + name));
    }

    /** The key's index is there already, and the constraint uses it. */
    @Override
    public List<String> addForeignKeyConstraint(ModelState model, FieldState field, ModelState target) {
        return List.of("ALTER TABLE " + table(model) + " ADD " + foreignKeyClause(model, field, target));
    }

    /** MySQL uses the key's index, which stays when the constraint goes. */
    @Override
    public List<String> dropForeignKeyConstraint(ModelState model, FieldState field) {
        return List.of("ALTER TABLE " + table(model) + " DROP FOREIGN KEY "
                + quote(ConstraintNames.foreignKey(model, field)));
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> keyColumns, int rows) {
        String row = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        List<String> updates = columns.stream().filter(c -> !keyColumns.contains(c))
                .map(c -> quote(c) + " = VALUES(" + quote(c) + ")").toList();
        return "INSERT INTO " + quote(table) + " (" + columns(columns) + ") VALUES "
                + String.join(", ", java.util.Collections.nCopies(rows, row)) + " ON DUPLICATE KEY UPDATE "
                + String.join(", ", updates);
    }

    @Override
    public Optional<String> merge(String first, String second) {
        return AlterMerger.merge(first, second);
    }

    @Override
    public String decorate(String sql) {
        return Algorithms.decorate(sql);
    }

    @Override
    public Optional<String> fallback(String sql, RuntimeException failure) {
        return Algorithms.fallback(sql, failure);
    }

    /**
     * With its default settings Connector/J asks MySQL (not MariaDB) {@code SELECT @@session.transaction_read_only}
     * before every write, doubling the journal's round trips. The journal connection never changes its read-only
     * state, so the driver may answer from its own session state there.
     */
    @Override
    public Runnable prepareJournal(java.sql.Connection connection) {
        return ConnectorJ.localSessionState(connection);
    }

    @Override
    public AutoCloseable lock(Handle handle, String historyTable, Duration timeout) {
        return MigrationLock.acquire(handle, historyTable, timeout);
    }

    @Override
    public Introspector introspector() {
        return new MySqlIntrospector(version == null || version.mariaDb());
    }

    @Override
    public MySqlDialect forServer(String productName, String productVersion) {
        return new MySqlDialect(ServerVersion.parse(productName, productVersion));
    }
}
