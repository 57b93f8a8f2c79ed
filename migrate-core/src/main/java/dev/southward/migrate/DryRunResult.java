package dev.southward.migrate;

import dev.southward.migrate.execute.RenderedMigration;
import java.util.List;

/**
 * A dry run: the statements the plan would run, and every precondition the live database fails.
 *
 * @param migrations the rendered plan
 * @param problems   failed preconditions, each naming migration, operation and what is wrong; empty when ok
 */
public record DryRunResult(List<RenderedMigration> migrations, List<String> problems) {
    /**
     * Copies the lists.
     *
     * @param migrations the rendered plan
     * @param problems   failed preconditions, each naming migration, operation and what is wrong; empty when ok
     */
    public DryRunResult {
        migrations = List.copyOf(migrations);
        problems = List.copyOf(problems);
    }

    /**
     * Whether the plan would apply; false means a non-zero result for command-line users.
     *
     * @return true when no precondition failed
     */
    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * The whole plan as a SQL script with a comment line per migration.
     *
     * @return the statements, each ending with {@code ;}, in the order they would run
     */
    public String sql() {
        StringBuilder s = new StringBuilder();
        for (RenderedMigration m : migrations) {
            s.append("-- ").append(m.backwards() ? "Unapply " : "Apply ").append(m.migration().key()).append('\n');
            for (String sql : m.sql()) {
                s.append(sql).append(sql.startsWith("--") ? "\n" : ";\n");
            }
        }
        return s.toString();
    }
}
