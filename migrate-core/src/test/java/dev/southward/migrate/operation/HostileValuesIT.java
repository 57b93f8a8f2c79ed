package dev.southward.migrate.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.MigrationFileException;
import dev.southward.migrate.Southward;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.migration.MigrationWriter;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.Literals;
import dev.southward.migrate.state.ProjectState;
import dev.southward.migrate.testing.H2Extension;
import dev.southward.migrate.testing.MigrationFiles;
import dev.southward.migrate.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile values of every type through every path a value reaches SQL (permanent default, one-off default, value
 * for NULLs, backwards default), checked by what the database stored; values not of their type are refused with
 * the database unchanged. The MySQL module runs the same scenarios on MySQL 8 and MariaDB.
 */
@ExtendWith(H2Extension.class)
public class HostileValuesIT {
    private static final char LONE_SURROGATE = 0xD800;

    @TempDir
    protected Path dir;

    /**
     * A value of a type.
     *
     * @param name  shown as the test name
     * @param type  the field type
     * @param value the value as text
     */
    public record Case(String name, FieldType type, String value) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Values that are valid for their type, however they look. */
    public static Stream<Case> valid() {
        String nasty = "'\\\u0000\n\r\t é😀 -- /* */ ; DROP TABLE lib_row; \\'";
        return Stream.of(
                new Case("string quote", FieldType.STRING, "it's ''quoted'' '"),
                new Case("string backslashes", FieldType.STRING, "a\\b\\\\c\\'d\\"),
                new Case("string NUL", FieldType.STRING, "a\u0000b"),
                new Case("string newlines", FieldType.STRING, "l1\nl2\r\nl3\t|"),
                new Case("string non-ASCII", FieldType.STRING, "Ünïcödé ✓ 日本 😀"),
                new Case("string comments", FieldType.STRING, "x -- y /* z */ #w"),
                new Case("string injection", FieldType.STRING, "0', ADD COLUMN x INT, MODIFY `id` INT --"),
                new Case("string everything", FieldType.STRING, nasty),
                new Case("text very long", FieldType.TEXT, nasty.repeat(200)),
                new Case("int plus and zeros", FieldType.INT, "+007"),
                new Case("long min", FieldType.LONG, "-9223372036854775808"),
                new Case("short", FieldType.SHORT, "-32768"),
                new Case("decimal", FieldType.DECIMAL, "-12345678.5000"),
                new Case("double exponent", FieldType.DOUBLE, "1.5e3"),
                new Case("boolean upper case", FieldType.BOOLEAN, "TRUE"),
                new Case("date leap day", FieldType.DATE, "2024-02-29"),
                new Case("time without seconds", FieldType.TIME, "07:05"),
                new Case("datetime", FieldType.DATETIME, "2024-01-31T10:15"),
                new Case("uuid upper case", FieldType.UUID, "123E4567-E89B-12D3-A456-426614174000"),
                new Case("binary", FieldType.BINARY, Base64.getEncoder().encodeToString(
                        new byte[] {0, 39, 92, 10, (byte) 0xff, 45, 45})));
    }

    /** Values that are not of their type: each must be refused. */
    public static Stream<Case> invalid() {
        return Stream.of(
                new Case("int with a clause", FieldType.INT, "0, ADD COLUMN x INT"),
                new Case("int with spaces", FieldType.INT, " 1"),
                new Case("int other digits", FieldType.INT, "١٢"),
                new Case("long overflow", FieldType.LONG, "9223372036854775808"),
                new Case("decimal with a clause", FieldType.DECIMAL, "1) , ADD COLUMN x INT --"),
                new Case("decimal too many places", FieldType.DECIMAL, "1.23456"),
                new Case("double NaN", FieldType.DOUBLE, "NaN"),
                new Case("double infinite", FieldType.DOUBLE, "1e999"),
                new Case("boolean", FieldType.BOOLEAN, "1 OR 1=1"),
                new Case("date with a quote", FieldType.DATE, "2024-01-01', ADD COLUMN x INT --"),
                new Case("date invalid day", FieldType.DATE, "2023-02-29"),
                new Case("time with a quote", FieldType.TIME, "10:00' --"),
                new Case("datetime with a quote", FieldType.DATETIME, "2024-01-01T00:00'"),
                new Case("uuid short groups", FieldType.UUID, "1-1-1-1-1"),
                new Case("binary not base64", FieldType.BINARY, "'; DROP TABLE x; --"),
                new Case("string too long", FieldType.STRING, "x".repeat(201)),
                new Case("string lone surrogate", FieldType.STRING, "a" + LONE_SURROGATE + "b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void storedExactly(Case c, TestDatabase db) throws SQLException {
        storedExactly(c, db, dir);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void refused(Case c, TestDatabase db) throws SQLException {
        refused(c, db, dir);
    }

    /** A field of the type, NOT NULL, sized for the test values. */
    static FieldState field(String name, FieldType type) {
        return new FieldState(name, name, type, type == FieldType.STRING ? 200 : null,
                type == FieldType.DECIMAL ? 12 : null, type == FieldType.DECIMAL ? 4 : null, false, null, false,
                false, false, false, null);
    }

    private static List<Operation> initial(FieldType type) {
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        return List.of(new CreateModel("Row", "lib_row", List.of(id, field("n", type).withNullable(true),
                field("gone", type).withNullable(true)), List.of()));
    }

    /** The scenario on any database: also run by the MySQL module. */
    public static void storedExactly(Case c, TestDatabase db, Path dir) throws SQLException {
        MigrationFiles files = new MigrationFiles(dir);
        files.write("lib", "0001_initial", List.of(), initial(c.type()).toArray(Operation[]::new));
        // 0002 makes "gone" NOT NULL first, so removing it needs a backwards default.
        files.write("lib", "0002_strict", List.of("lib.0001_initial"),
                new AlterField("Row", field("gone", c.type()), c.value()));
        files.write("lib", "0003_values", List.of("lib.0002_strict"),
                new AddField("Row", field("perm", c.type()).withDefault(c.value()), null),
                new AddField("Row", field("once", c.type()), c.value()),
                new AlterField("Row", field("n", c.type()).withDefault(c.value()), c.value()),
                new RemoveField("Row", "gone", c.value(), false));
        Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
        southward.migrate(MigrateRequest.app("lib").target("0001"));
        db.execute(db.sql("INSERT INTO \"lib_row\" (\"id\") VALUES (1)"));

        southward.migrate();
        assertThat(columns(db)).containsExactly("id", "n", "once", "perm");
        db.execute(db.sql("INSERT INTO \"lib_row\" (\"id\", \"once\") SELECT 2, \"once\" FROM \"lib_row\" "
                + "WHERE \"id\" = 1"));
        String expected = expected(c.type(), Literals.canonical(field("v", c.type()), c.value()));
        assertThat(row(db, c.type(), 1, "perm", "once", "n")).as("existing row: default, one-off default, value "
                + "for NULLs").containsExactlyEntriesOf(map(expected, "n", "once", "perm"));
        assertThat(row(db, c.type(), 2, "perm", "n")).as("new row: permanent defaults")
                .containsExactlyEntriesOf(map(expected, "n", "perm"));
        assertThat(southward.verify().all()).as("live schema after forwards").isEmpty();

        southward.migrate(MigrateRequest.app("lib").target("0002"));
        assertThat(columns(db)).containsExactly("gone", "id", "n");
        assertThat(row(db, c.type(), 1, "gone")).as("backwards default")
                .containsExactlyEntriesOf(map(expected, "gone"));
        assertThat(southward.verify().all()).as("live schema after backwards").isEmpty();
    }

    /** An invalid value in each place it can be written is refused before anything runs. */
    public static void refused(Case c, TestDatabase db, Path dir) throws SQLException {
        MigrationFiles files = new MigrationFiles(dir);
        files.write("lib", "0001_initial", List.of(), initial(c.type()).toArray(Operation[]::new));
        Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
        southward.migrate();
        List<Operation> bad = List.of(
                new AddField("Row", field("perm", c.type()).withDefault(c.value()), null),
                new AddField("Row", field("once", c.type()), c.value()),
                new AlterField("Row", field("n", c.type()), c.value()),
                new AlterField("Row", field("n", c.type()).withNullable(true).withDefault(c.value()), null),
                new RemoveField("Row", "gone", c.value(), false));
        for (Operation op : bad) {
            // A lone surrogate has no UTF-8 form: the file carries it as a JSON escape.
            files.writeRaw("lib", "0002_bad", render(op).replace(String.valueOf(LONE_SURROGATE), "\\ud800"));
            assertThatThrownBy(southward::migrate).as(op.describe("lib")).isInstanceOf(MigrationFileException.class)
                    .hasMessageContaining("0002_bad").hasMessageContaining("operation #1")
                    .hasMessageContaining("not a valid " + c.type().label() + " value");
            assertThat(columns(db)).as("unchanged").containsExactly("gone", "id", "n");
            files.delete("lib", "0002_bad");
        }
    }

    /** The file as the writer would write it; the writer does not check values, the reader must. */
    private static String render(Operation op) {
        return MigrationWriter.render("lib", List.of(MigrationKey.parse("lib.0001_initial")), List.of(op),
                ProjectState.empty());
    }

    private static Map<String, String> map(String value, String... columns) {
        Map<String, String> out = new TreeMap<>();
        for (String c : columns) {
            out.put(c, value);
        }
        return out;
    }

    private static List<String> columns(TestDatabase db) throws SQLException {
        return db.jdbi().<List<String>, SQLException>withHandle(h -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = h.getConnection().createStatement().executeQuery(db.sql("SELECT * FROM \"lib_row\""))) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    out.add(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT));
                }
            }
            return out.stream().sorted().toList();
        });
    }

    private static Map<String, String> row(TestDatabase db, FieldType type, int id, String... columns)
            throws SQLException {
        return db.jdbi().<Map<String, String>, SQLException>withHandle(h -> {
            Map<String, String> out = new TreeMap<>();
            try (ResultSet rs = h.getConnection().createStatement().executeQuery(
                    db.sql("SELECT * FROM \"lib_row\" WHERE \"id\" = " + id))) {
                assertThat(rs.next()).isTrue();
                for (String c : columns) {
                    out.put(c, stored(rs, c, type));
                }
            }
            return out;
        });
    }

    /** What the database stored, as comparable text: strings exactly, numbers and times by value. */
    private static String stored(ResultSet rs, String column, FieldType type) throws SQLException {
        return switch (type) {
            case STRING, TEXT -> rs.getString(column);
            case UUID -> rs.getString(column).toLowerCase(Locale.ROOT);
            case INT, LONG, SHORT, DECIMAL, DOUBLE -> new BigDecimal(rs.getString(column)).stripTrailingZeros()
                    .toPlainString();
            case BOOLEAN -> String.valueOf(rs.getBoolean(column));
            case DATE -> rs.getObject(column, LocalDate.class).toString();
            case TIME -> rs.getObject(column, LocalTime.class).toString();
            case DATETIME -> rs.getObject(column, LocalDateTime.class).toString();
            case BINARY -> Base64.getEncoder().encodeToString(rs.getBytes(column));
            case INSTANT, BIT, BYTE, FLOAT, ENUM, VARBINARY, NATIVE_UUID ->
                    throw new IllegalArgumentException("not in these cases");
        };
    }

    private static String expected(FieldType type, String canonical) {
        return switch (type) {
            case INT, LONG, SHORT, DECIMAL, DOUBLE -> new BigDecimal(canonical).stripTrailingZeros().toPlainString();
            case TIME -> LocalTime.parse(canonical).toString();
            case DATETIME -> LocalDateTime.parse(canonical).toString();
            default -> canonical;
        };
    }
}
