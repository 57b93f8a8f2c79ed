package dev.southward.migrate.operation;

/** One unit of work the executor runs: a SQL statement or a call into a data migration class. */
public sealed interface Step permits Step.Sql, Step.Java {
    /**
     * What is shown in SQL previews and the journal.
     *
     * @return the SQL, or a comment naming the data migration call
     */
    String text();

    /** A SQL statement. */
    record Sql(String sql) implements Step {
        @Override
        public String text() {
            return sql;
        }
    }

    /** A call of {@code forwards} or {@code backwards} of a {@link DataMigration} class. */
    record Java(String className, boolean forwards) implements Step {
        @Override
        public String text() {
            return "-- Java data migration: " + className + (forwards ? ".forwards" : ".backwards") + "(handle, state)";
        }
    }

    /**
     * Steps of plain SQL statements.
     *
     * @param statements the statements, in order
     * @return one {@link Sql} step per statement
     */
    static java.util.List<Step> sql(java.util.List<String> statements) {
        return statements.stream().<Step>map(Sql::new).toList();
    }
}
