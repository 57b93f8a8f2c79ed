package dev.southward.migrate.dialect;

import dev.southward.migrate.introspect.Introspector;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/**
 * Renders schema changes as SQL for one database. A dialect only returns statements; it never executes them
 * (only the executor does), which gives SQL preview, dry run and a per-statement journal for free.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader} and chosen by {@link #supports}.
 */
public interface Dialect {
    /**
     * A short name for messages, e.g. {@code h2}.
     *
     * @return the dialect's name as it appears in messages and reports
     */
    String name();

    /**
     * Whether this dialect handles a database, from JDBC metadata (no query is sent).
     *
     * @param productName    the database product name from {@link java.sql.DatabaseMetaData#getDatabaseProductName()}
     * @param productVersion the product version from {@link java.sql.DatabaseMetaData#getDatabaseProductVersion()}
     * @return true when this dialect can render SQL for that database
     */
    boolean supports(String productName, String productVersion);

    /**
     * The dialect for one server, once {@link #supports} said yes: a dialect may depend on flavour and version
     * (MySQL or MariaDB). Throws when the version is too old.
     *
     * @param productName    the database product name from JDBC metadata
     * @param productVersion the product version from JDBC metadata, which picks flavour-specific behaviour
     * @return the dialect to use for that server; this one unless the flavour or version needs another
     * @throws dev.southward.migrate.SouthwardException when the server's version is older than the dialect supports
     */
    default Dialect forServer(String productName, String productVersion) {
        return this;
    }

    /**
     * The dialect for the database behind a connection's metadata, once {@link #supports} said yes: by default
     * {@link #forServer} of its product and version. A dialect may read more, such as how the database folds the case
     * of unquoted names (H2).
     *
     * @param metaData the connection's metadata (read, never queried with SQL)
     * @return the dialect for that database
     * @throws java.sql.SQLException when the metadata cannot be read
     */
    default Dialect forMetaData(java.sql.DatabaseMetaData metaData) throws java.sql.SQLException {
        return forServer(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion());
    }

    /**
     * Quotes an identifier after validating it; never lets a hostile name reach the server unquoted.
     *
     * @param identifier a table, column, index or constraint name
     * @return the identifier in the database's quotes, ready to be put into a statement
     * @throws dev.southward.migrate.SouthwardException when the identifier is empty, too long or has unsafe characters
     */
    String quote(String identifier);

    /**
     * The column type, e.g. {@code VARCHAR(200)}.
     *
     * @param field the field whose column is created or changed
     * @return the SQL type of its column, with length or precision
     */
    String columnType(FieldState field);

    /**
     * The type as the live schema reports it, normalised for comparison with introspection.
     *
     * @param field the field whose type is compared
     * @return its type in the form the {@link #introspector()} reads back from the live schema
     */
    String canonicalType(FieldState field);

    /**
     * A SQL literal of {@code value} (text as written in the model) typed by {@code field}.
     *
     * @param field the field that gives the literal its type
     * @param value the value as written in the model or the migration file
     * @return the value as a SQL literal of the field's column type
     * @throws dev.southward.migrate.SouthwardException when the value does not fit the field's type
     */
    String literal(FieldState field, String value);

    /**
     * CREATE TABLE with columns, primary key and foreign keys, then the indexes.
     *
     * @param model the model whose table is created
     * @param state the project's state, where the targets of the model's foreign keys are looked up
     * @return the statements, in the order they must run
     */
    List<String> createTable(ModelState model, ProjectState state);

    /**
     * Drops the table of a model, with its indexes and constraints.
     *
     * @param model the model whose table is dropped
     * @return the statements
     */
    List<String> dropTable(ModelState model);

    /**
     * Adds a column. {@code oneOffDefault}, when not null, fills existing rows and is then dropped again (it is
     * not part of the model).
     *
     * @param model         the model whose table gets the column
     * @param field         the new field
     * @param oneOffDefault a literal value for the rows already in the table, or null when the field needs none
     * @return the statements, in the order they must run
     */
    List<String> addColumn(ModelState model, FieldState field, String oneOffDefault);

    /**
     * Drops the column of a field, with its single-column indexes.
     *
     * @param model the model whose table loses the column
     * @param field the field being removed, as it was in the model
     * @return the statements
     */
    List<String> dropColumn(ModelState model, FieldState field);

    /**
     * Changes type, size, nullability or default of a column. {@code fillNulls}, when not null, replaces NULLs
     * before the column becomes NOT NULL.
     *
     * @param model     the model whose table holds the column
     * @param from      the field as it is in the database now
     * @param to        the field as it must become
     * @param fillNulls a literal value for the rows whose column is NULL, or null to leave them (nullable or none)
     * @return the statements, in the order they must run
     */
    List<String> alterColumn(ModelState model, FieldState from, FieldState to, String fillNulls);

    /**
     * Changes only the default of a column (to {@code to}'s; none drops it), as a metadata change where the
     * database has one. By default the general {@link #alterColumn}.
     *
     * @param model the model
     * @param from  the field before
     * @param to    the field after, equal to {@code from} but for its default
     * @return the statements
     */
    default List<String> alterDefault(ModelState model, FieldState from, FieldState to) {
        return alterColumn(model, from, to, null);
    }

    /**
     * Renames the column of a field; its type and constraints stay.
     *
     * @param model the model whose table holds the column
     * @param from  the field under its old column name
     * @param to    the field under its new column name
     * @return the statements
     */
    List<String> renameColumn(ModelState model, FieldState from, FieldState to);

    /**
     * Renames a table.
     *
     * @param from the current table name
     * @param to   the new table name
     * @return the statements
     */
    List<String> renameTable(String from, String to);

    /**
     * Creates an index; {@code columns} are column names.
     *
     * @param model   the model whose table gets the index
     * @param name    the index name
     * @param columns the indexed column names, in order
     * @param unique  whether the index is a unique constraint
     * @return the statements
     */
    List<String> createIndex(ModelState model, String name, List<String> columns, boolean unique);

    /**
     * Drops an index of a model's table by name.
     *
     * @param model the model whose table holds the index
     * @param name  the index name
     * @return the statements
     */
    List<String> dropIndex(ModelState model, String name);

    /**
     * Drops an index of {@code model} while its foreign keys stay, e.g. a field's own index. By default
     * {@link #dropIndex(ModelState, String)}; a database whose constraints may use that index (H2) also drops and
     * re-adds them, resolving their targets in {@code state}.
     *
     * @param model the model as in the database when the index is dropped
     * @param name  the index
     * @param state a state holding the models its foreign keys reference
     * @return the statements
     */
    default List<String> dropIndex(ModelState model, String name, ProjectState state) {
        return dropIndex(model, name);
    }

    /**
     * What a foreign key field needs besides its column: the constraint with the index it needs or, for a
     * reference without a constraint, an index named after the key. {@link #dropForeignKey} removes exactly that.
     *
     * @param model  the referencing model
     * @param field  the foreign key field
     * @param target the referenced model
     * @return the statements
     */
    List<String> addForeignKey(ModelState model, FieldState field, ModelState target);

    /**
     * Undoes {@link #addForeignKey}: the constraint (if the field has one) and the key's index.
     *
     * @param model the referencing model
     * @param field the foreign key field as it was added
     * @return the statements
     */
    List<String> dropForeignKey(ModelState model, FieldState field);

    /**
     * Adds the constraint of a foreign key field that is as {@link #addForeignKey} leaves a reference without a
     * constraint (a reference that gains its constraint, or a changed delete rule after
     * {@link #dropForeignKeyConstraint}).
     *
     * @param model  the referencing model
     * @param field  the field with its new reference
     * @param target the referenced model
     * @return the statements
     */
    List<String> addForeignKeyConstraint(ModelState model, FieldState field, ModelState target);

    /**
     * Drops the constraint of a foreign key field and keeps its column, leaving it as {@link #addForeignKey} adds a
     * reference without a constraint (with the key's index).
     *
     * @param model the referencing model
     * @param field the field with the reference being dropped
     * @return the statements
     */
    List<String> dropForeignKeyConstraint(ModelState model, FieldState field);

    /**
     * Whether the type of a primary key can change while foreign key constraints reference it (H2 converts both).
     * When false (MySQL, MariaDB: "Cannot change column 'id': used in a foreign key constraint"), the constraints
     * referencing a key are dropped before its type and theirs change and added again after.
     *
     * @return true when referenced keys change in place
     */
    default boolean retypesReferencedKeys() {
        return false;
    }

    /**
     * The delete rule as this database reports it, for comparison with introspection: by default its SQL words.
     * A database that stores two rules as one (H2 keeps {@code NO ACTION} as {@code RESTRICT}) says so here.
     *
     * @param rule the rule of the model
     * @return the rule as read back
     */
    default String foreignKeyRule(dev.southward.migrate.state.OnDelete rule) {
        return rule.sql();
    }

    /**
     * The single-column unique and plain indexes that a field's {@code unique} and {@code indexed} flags ask for.
     *
     * @param model the model that owns the field
     * @param field the field whose flags ask for the indexes
     * @return the statements creating those indexes; empty when the field asks for none
     */
    List<String> fieldIndexes(ModelState model, FieldState field);

    /**
     * Reads the live schema.
     *
     * @return the introspector of this database, reading tables, columns, indexes and foreign keys
     */
    Introspector introspector();

    /**
     * An insert-or-update of {@code rows} rows into the history table, with {@code ?} placeholders row by row,
     * so that closing one migration and opening the next is a single write.
     *
     * @param table      the history table's name
     * @param columns    the columns written, in the order of the placeholders of each row
     * @param keyColumns the columns that identify a row: a row with the same key is updated instead of inserted
     * @param rows       how many rows the statement writes
     * @return the statement, with {@code rows * columns.size()} placeholders
     */
    String upsert(String table, List<String> columns, List<String> keyColumns, int rows);

    /**
     * Two consecutive statements as one, when the database can run them as one (MySQL: changes to one table in
     * a single ALTER TABLE); empty to keep them apart.
     *
     * @param first  the statement that runs first
     * @param second the statement that follows it
     * @return the single statement doing both, or empty when they must run apart
     */
    default java.util.Optional<String> merge(String first, String second) {
        return java.util.Optional.empty();
    }

    /**
     * The statement as it is run, after merging; MySQL adds the ALGORITHM it asks for here.
     *
     * @param sql a statement as rendered (and merged)
     * @return the statement to send to the server
     */
    default String decorate(String sql) {
        return sql;
    }

    /**
     * The default of a field as the introspector reports it, for comparison; by default the SQL literal.
     *
     * @param field the field that gives the value its type
     * @param value the default as written in the model
     * @return the default in the form the introspector reads it back
     */
    default String defaultText(FieldState field, String value) {
        return literal(field, value);
    }

    /**
     * A weaker form of a statement the server refused (e.g. without ALGORITHM=INSTANT), or empty.
     *
     * @param sql     the statement that failed
     * @param failure the server's error
     * @return a statement with the same effect that the server may accept, or empty when there is none
     */
    default java.util.Optional<String> fallback(String sql, RuntimeException failure) {
        return java.util.Optional.empty();
    }

    /**
     * Takes the migration lock of this schema and history table for the connection of {@code handle}, waiting
     * at most {@code timeout}; closing the result releases it. Null means no lock was taken (the default, for
     * embedded databases), so there is nothing to re-read either.
     *
     * @param handle       the connection the migration runs on; the lock belongs to its session
     * @param historyTable the history table, whose name (with the schema) names the lock
     * @param timeout      how long to wait for another run to release the lock
     * @return what releases the lock when closed, or null when no lock was taken
     * @throws dev.southward.migrate.SouthwardException when another run holds the lock for longer than {@code timeout}
     */
    default AutoCloseable lock(org.jdbi.v3.core.Handle handle, String historyTable, java.time.Duration timeout) {
        return null;
    }

    /**
     * Tunes the connection Southward opens for its journal (autocommitted history writes only) and returns what
     * undoes that before the connection goes back to its pool. By default nothing.
     *
     * @param connection the connection opened for the journal
     * @return what restores the connection's settings; never null
     */
    default Runnable prepareJournal(java.sql.Connection connection) {
        return () -> { };
    }

    /**
     * Convenience: the index of a model's composite index.
     *
     * @param model the model that owns the index
     * @param index the composite index, with its name, field names and uniqueness
     * @return the statements
     */
    default List<String> createIndex(ModelState model, IndexState index) {
        return createIndex(model, index.name(), index.fields().stream().map(model::column).toList(), index.unique());
    }

    /**
     * Why this connection could not run DDL and journal writes at all (a read-only server or session, missing
     * privileges), checked by the dry run; empty when nothing is known to stop it.
     *
     * @param handle the connection the migration would use
     * @return one message per problem
     */
    default List<String> serverProblems(org.jdbi.v3.core.Handle handle) {
        return List.of();
    }

    /**
     * Why an index over these columns could not be built on this server (e.g. MySQL's limit of 3072 bytes per
     * key), or empty.
     *
     * @param model   the table
     * @param columns the indexed fields, in order
     * @return the problem, if any
     */
    default java.util.Optional<String> indexProblem(ModelState model, List<FieldState> columns) {
        return java.util.Optional.empty();
    }
}
