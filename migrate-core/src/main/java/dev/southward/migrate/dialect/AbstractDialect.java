package dev.southward.migrate.dialect;

import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.Literals;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.Names;
import dev.southward.migrate.state.ProjectState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Standard-SQL rendering shared by the dialects; subclasses override what their database spells differently. */
public abstract class AbstractDialect implements Dialect {

    /**
     * The opening and closing quote character.
     *
     * @return the character that opens and closes a quoted identifier, e.g. {@code "} or {@code `}
     */
    protected abstract char quoteChar();

    @Override
    public String quote(String identifier) {
        String problem = Names.identifierProblem(identifier);
        if (problem != null) {
            throw new SouthwardException("Refusing identifier: " + problem);
        }
        // Validated names never contain the quote character; doubling it anyway keeps quoting safe on its own.
        String q = String.valueOf(quoteChar());
        return q + identifier.replace(q, q + q) + q;
    }

    /**
     * Checks {@code value} against the field's type ({@link Literals#canonical}) and renders its canonical text:
     * numbers and booleans as printed back by Java, dates and times as typed literals, strings through
     * {@link #stringLiteral}. A value that is not of the type never reaches SQL.
     */
    @Override
    public String literal(FieldState field, String value) {
        String v = checked(field, value);
        return switch (field.type()) {
            case INT, LONG, SHORT, BYTE, DECIMAL, DOUBLE, FLOAT -> v;
            case BOOLEAN, BIT -> Boolean.parseBoolean(v) ? "TRUE" : "FALSE";
            case DATE -> "DATE '" + v + "'";
            case TIME -> "TIME '" + v + "'";
            case DATETIME -> "TIMESTAMP '" + v.replace('T', ' ') + "'";
            case INSTANT -> instantLiteral(Instant.parse(v));
            case BINARY, VARBINARY -> "X'" + HexFormat.of().formatHex(Base64.getDecoder().decode(v)) + "'";
            case STRING, TEXT, UUID, NATIVE_UUID, ENUM -> stringLiteral(v);
        };
    }

    /**
     * The canonical text of a value, or a {@link SouthwardException} naming the field, value and type.
     *
     * @param field the field that gives the value its type
     * @param value the value as written in the model
     * @return the value in canonical form for its type
     * @throws SouthwardException when the value does not fit the field's type
     */
    protected static String checked(FieldState field, String value) {
        try {
            return Literals.canonical(field, value);
        } catch (IllegalArgumentException e) {
            throw new SouthwardException("field '" + field.name() + "': " + e.getMessage());
        }
    }

    /**
     * A string literal in standard SQL, as H2 reads and prints it: quotes doubled, and when anything is not
     * printable ASCII, the Unicode form {@code U&'...'} with {@code \XXXX} / {@code \+XXXXXX} escapes (so NUL,
     * newlines and non-ASCII text do not depend on the connection's encoding, and the literal equals the default
     * H2 reports back for comparison).
     *
     * @param value the text
     * @return the literal, quoted and escaped
     */
    protected String stringLiteral(String value) {
        boolean plain = value.chars().allMatch(c -> c >= ' ' && c <= 127);
        StringBuilder s = new StringBuilder(value.length() + 8).append(plain ? "'" : "U&'");
        value.codePoints().forEach(cp -> {
            if (cp >= ' ' && cp < 127 || plain) {
                s.append(cp == '\'' || (!plain && cp == '\\') ? Character.toString(cp).repeat(2) : Character.toString(cp));
            } else if (cp <= 0xFFFF) {
                s.append('\\').append(String.format("%04x", cp));
            } else {
                s.append("\\+").append(String.format("%06x", cp));
            }
        });
        return s.append('\'').toString();
    }

    /**
     * {@code ('A','B')}: the values of an {@link dev.southward.migrate.state.FieldType#ENUM} column type. A value is
     * printable ASCII without a backslash (quotes doubled), so it reads the same in every SQL mode.
     *
     * @param f the enum field
     * @return the parenthesised list
     */
    protected static String enumValues(FieldState f) {
        if (f.values() == null || f.values().isEmpty()) {
            throw new SouthwardException("field '" + f.name() + "': an enum column needs its values");
        }
        StringBuilder s = new StringBuilder("(");
        for (String v : f.values()) {
            if (v.isEmpty() || !v.chars().allMatch(c -> c >= ' ' && c < 127 && c != '\\')) {
                throw new SouthwardException("field '" + f.name() + "': refusing enum value '" + Literals.shown(v)
                        + "' (printable ASCII without a backslash only)");
            }
            s.append(s.length() > 1 ? "," : "").append('\'').append(v.replace("'", "''")).append('\'');
        }
        return s.append(')').toString();
    }

    /**
     * A literal for an instant, in UTC.
     *
     * @param instant the point in time
     * @return a {@code TIMESTAMP WITH TIME ZONE} literal at offset +00:00
     */
    protected String instantLiteral(Instant instant) {
        return "TIMESTAMP WITH TIME ZONE '" + instant.toString().replace('T', ' ').replace("Z", "+00:00") + "'";
    }

    /**
     * {@code "col" TYPE [DEFAULT x] [NOT NULL]}, optionally with another default than the field's.
     *
     * @param f               the field whose column is defined
     * @param defaultOverride a default used instead of the field's own (a one-off default), or null for the field's
     * @return the column definition, as in CREATE TABLE and ADD COLUMN
     */
    protected String columnDefinition(FieldState f, String defaultOverride) {
        StringBuilder s = new StringBuilder(quote(f.column())).append(' ').append(columnType(f));
        if (f.autoIncrement()) {
            s.append(' ').append(autoIncrementClause());
        }
        String def = defaultOverride != null ? defaultOverride : f.defaultValue();
        if (def != null) {
            s.append(" DEFAULT ").append(defaultExpression(f, def));
        }
        s.append(f.nullable() ? " NULL" : " NOT NULL");
        return s.toString();
    }

    /**
     * What follows {@code DEFAULT} in a column definition: the literal, unless the database wants another form.
     *
     * @param f     the field
     * @param value the default as written in the model
     * @return the SQL after {@code DEFAULT}
     */
    protected String defaultExpression(FieldState f, String value) {
        return literal(f, value);
    }

    /**
     * The clause that makes a column generate its values, e.g. {@code AUTO_INCREMENT}.
     *
     * @return the clause, appended after the column type
     */
    protected abstract String autoIncrementClause();

    /**
     * The quoted table name of a model.
     *
     * @param model the model
     * @return its table, quoted
     */
    protected String table(ModelState model) {
        return quote(model.table());
    }

    /**
     * A comma-separated list of quoted column names, as in an index or a key.
     *
     * @param columns the column names, in order
     * @return the quoted list
     */
    protected String columns(List<String> columns) {
        return columns.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    @Override
    public List<String> createTable(ModelState model, ProjectState state) {
        List<String> parts = new ArrayList<>();
        for (FieldState f : model.fields()) {
            parts.add(columnDefinition(f, null));
        }
        List<String> pk = model.primaryKey().stream().map(FieldState::column).toList();
        if (!pk.isEmpty()) {
            parts.add("PRIMARY KEY (" + columns(pk) + ")");
        }
        for (FieldState f : model.fields()) {
            if (f.foreignKey() != null && f.foreignKey().constraint()) {
                ModelState target = f.foreignKey().model().equals(model.key()) ? model
                        : state.requireModel(f.foreignKey().app(), f.foreignKey().modelName());
                parts.add(foreignKeyClause(model, f, target));
            }
        }
        List<String> out = new ArrayList<>();
        out.add("CREATE TABLE " + table(model) + " (\n    " + String.join(",\n    ", parts) + "\n)");
        for (FieldState f : model.fields()) {
            out.addAll(fieldIndexes(model, f));
        }
        for (IndexState index : model.indexes()) {
            out.addAll(createIndex(model, index));
        }
        for (FieldState f : model.fields()) {
            if (f.foreignKey() != null && !f.foreignKey().constraint()) {
                out.addAll(foreignKeyIndex(model, f));
            }
        }
        return out;
    }

    /**
     * The index of a foreign key, named after the key: a constraint needs one, and a reference without a
     * constraint keeps one for its joins.
     *
     * @param model the referencing model
     * @param f     the foreign key field
     * @return the statements
     */
    protected List<String> foreignKeyIndex(ModelState model, FieldState f) {
        return createIndex(model, ConstraintNames.foreignKey(model, f), List.of(f.column()), false);
    }

    /** The single-column unique and plain indexes a field asks for. */
    @Override
    public List<String> fieldIndexes(ModelState model, FieldState f) {
        List<String> out = new ArrayList<>();
        if (f.unique()) {
            out.addAll(createIndex(model, ConstraintNames.unique(model, f), List.of(f.column()), true));
        }
        if (f.indexed()) {
            out.addAll(createIndex(model, ConstraintNames.index(model, f), List.of(f.column()), false));
        }
        return out;
    }

    /**
     * {@code CONSTRAINT name FOREIGN KEY (col) REFERENCES ...}: a foreign key as part of CREATE or ALTER TABLE.
     *
     * @param model  the referencing model
     * @param f      the foreign key field
     * @param target the referenced model
     * @return the clause
     */
    protected String foreignKeyClause(ModelState model, FieldState f, ModelState target) {
        return "CONSTRAINT " + quote(ConstraintNames.foreignKey(model, f)) + " FOREIGN KEY (" + quote(f.column())
                + ") " + references(f, target);
    }

    /**
     * {@code REFERENCES target (pk) ON DELETE rule}: the end of a foreign key clause.
     *
     * @param f      the foreign key field
     * @param target the referenced model
     * @return the clause
     */
    protected String references(FieldState f, ModelState target) {
        String targetPk = target.primaryKey().get(0).column();
        return "REFERENCES " + quote(target.table()) + " (" + quote(targetPk) + ") ON DELETE "
                + f.foreignKey().onDelete().sql();
    }

    @Override
    public List<String> dropTable(ModelState model) {
        return List.of("DROP TABLE " + table(model));
    }

    @Override
    public List<String> addColumn(ModelState model, FieldState field, String oneOffDefault) {
        List<String> out = new ArrayList<>();
        out.add("ALTER TABLE " + table(model) + " ADD COLUMN " + columnDefinition(field, oneOffDefault));
        if (oneOffDefault != null && !Objects.equals(oneOffDefault, field.defaultValue())) {
            out.add(setDefault(model, field, field.defaultValue()));
        }
        return out;
    }

    @Override
    public List<String> dropColumn(ModelState model, FieldState field) {
        return List.of("ALTER TABLE " + table(model) + " DROP COLUMN " + quote(field.column()));
    }

    /**
     * ALTER COLUMN ... SET DEFAULT x, or DROP DEFAULT when {@code value} is null.
     *
     * @param model the model whose table holds the column
     * @param field the field whose column's default changes
     * @param value the new default as written in the model, or null to drop the default
     * @return the statement
     */
    protected String setDefault(ModelState model, FieldState field, String value) {
        String prefix = "ALTER TABLE " + table(model) + " ALTER COLUMN " + quote(field.column());
        return value == null ? prefix + " DROP DEFAULT" : prefix + " SET DEFAULT " + defaultExpression(field, value);
    }

    @Override
    public List<String> alterColumn(ModelState model, FieldState from, FieldState to, String fillNulls) {
        List<String> out = new ArrayList<>();
        String prefix = "ALTER TABLE " + table(model) + " ALTER COLUMN " + quote(to.column());
        boolean typeChanged = !from.sameColumnType(to);
        if (typeChanged) {
            out.add(prefix + " SET DATA TYPE " + columnType(to));
        }
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            out.add(setDefault(model, to, to.defaultValue()));
        }
        if (from.nullable() && !to.nullable()) {
            if (fillNulls != null) {
                out.add("UPDATE " + table(model) + " SET " + quote(to.column()) + " = " + literal(to, fillNulls)
                        + " WHERE " + quote(to.column()) + " IS NULL");
            }
            out.add(prefix + " SET NOT NULL");
        } else if (!from.nullable() && to.nullable()) {
            out.add(prefix + " SET NULL");
        }
        return out;
    }

    /** {@code ALTER COLUMN … SET DEFAULT x} or {@code DROP DEFAULT}: the column is left as it is otherwise. */
    @Override
    public List<String> alterDefault(ModelState model, FieldState from, FieldState to) {
        return List.of(setDefault(model, to, to.defaultValue()));
    }

    @Override
    public List<String> renameColumn(ModelState model, FieldState from, FieldState to) {
        return List.of("ALTER TABLE " + table(model) + " RENAME COLUMN " + quote(from.column()) + " TO "
                + quote(to.column()));
    }

    @Override
    public List<String> renameTable(String from, String to) {
        return List.of("ALTER TABLE " + quote(from) + " RENAME TO " + quote(to));
    }

    @Override
    public List<String> createIndex(ModelState model, String name, List<String> columns, boolean unique) {
        return List.of("CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + quote(name) + " ON " + table(model) + " ("
                + columns(columns) + ")");
    }

    /** The constraint, which brings its index; without a constraint an index named after the key. */
    @Override
    public List<String> addForeignKey(ModelState model, FieldState field, ModelState target) {
        return field.foreignKey().constraint()
                ? List.of("ALTER TABLE " + table(model) + " ADD " + foreignKeyClause(model, field, target))
                : foreignKeyIndex(model, field);
    }


    /** Standard MERGE ... KEY, as H2 spells it; MySQL overrides with ON DUPLICATE KEY UPDATE. */
    @Override
    public String upsert(String table, List<String> columns, List<String> keyColumns, int rows) {
        String row = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        return "MERGE INTO " + quote(table) + " (" + columns(columns) + ") KEY (" + columns(keyColumns) + ") VALUES "
                + String.join(", ", java.util.Collections.nCopies(rows, row));
    }
}
