package dev.southward.migrate.operation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/**
 * Hand-written SQL: one statement per list entry. Without {@code reverseSql} the operation is irreversible;
 * an empty {@code reverseSql} list means "nothing to undo". It does not change the model state.
 *
 * @param sql        the forwards statements
 * @param reverseSql the backwards statements, or null when irreversible
 * @param elidable   whether a squash may drop it (Django's {@code elidable}: the SQL only matters to databases
 *                   that run the original migrations); written only when true
 */
@JsonPropertyOrder({"sql", "reverseSql", "elidable"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSql(List<String> sql, List<String> reverseSql,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean elidable) implements Operation {
    /**
     * Copies the statements; missing ones are empty.
     *
     * @param sql        the forwards statements
     * @param reverseSql the backwards statements, or null when irreversible
     * @param elidable   whether a squash may drop it (Django's {@code elidable}: the SQL only matters to databases
     *                   that run the original migrations); written only when true
     */
    public RunSql {
        sql = sql == null ? List.of() : List.copyOf(sql);
        reverseSql = reverseSql == null ? null : List.copyOf(reverseSql);
    }

    /**
     * SQL a squash keeps.
     *
     * @param sql        the forwards statements
     * @param reverseSql the backwards statements, or null when irreversible
     */
    public RunSql(List<String> sql, List<String> reverseSql) {
        this(sql, reverseSql, false);
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before;
    }

    @Override
    public List<Step> forwards(String app, ProjectState before, Dialect dialect) {
        return Step.sql(sql);
    }

    @Override
    public List<Step> backwards(String app, ProjectState before, Dialect dialect) {
        return Step.sql(reverseSql == null ? List.of() : reverseSql);
    }

    @Override
    public boolean reversible() {
        return reverseSql != null;
    }

    @Override
    public String describe(String app) {
        return "run SQL (" + sql.size() + " statement" + (sql.size() == 1 ? "" : "s") + ")";
    }

    @Override
    public String slug() {
        return "run_sql";
    }
}
