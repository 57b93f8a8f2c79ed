package dev.southward.migrate.execute;

import dev.southward.migrate.MigrationFileException;
import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.operation.DataMigration;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.operation.Step;
import dev.southward.migrate.plan.Plan;
import dev.southward.migrate.plan.PlanStep;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a whole plan to statements before anything runs, so an invalid operation, identifier or data
 * migration class fails with nothing changed in the database.
 */
public final class PlanRenderer {
    private final MigrationGraph graph;
    private final Dialect dialect;
    private final ClassLoader classLoader;

    /**
     * A renderer of the migrations of one graph for one database.
     *
     * @param graph       the migrations, whose order and dependencies give each migration its state before
     * @param dialect     the database's dialect, which renders each operation's statements
     * @param classLoader the class loader that finds the classes of {@code run_java} operations
     */
    public PlanRenderer(MigrationGraph graph, Dialect dialect, ClassLoader classLoader) {
        this.graph = graph;
        this.dialect = dialect;
        this.classLoader = classLoader;
    }

    /**
     * The plan rendered, each migration from the state the applied migrations and the plan's earlier ones leave.
     *
     * @param plan    the migrations to apply or unapply, in order
     * @param applied the migrations applied now
     * @return each migration of the plan with its statements, in the plan's order
     * @throws dev.southward.migrate.SouthwardException when an operation cannot be rendered (nothing ran)
     */
    public List<RenderedMigration> render(Plan plan, Set<MigrationKey> applied) {
        return render(plan, statesBefore(plan, applied));
    }

    /**
     * The state of the database before each migration of the plan runs: the migrations applied at that moment (for a
     * step backwards, all of them but the one it unapplies). Usually that is the graph order's prefix, computed in one
     * replay. It is not when other apps have migrations applied that come later in graph order than a step (an app
     * sent back to {@code zero} while the others stay, or an app migrated forwards behind the others): their changes
     * are in the database. Then the states come from one replay in another valid order: the migrations that stay
     * applied first (none of them depends on a migration the plan unapplies, nor on one it applies), then the plan's
     * migrations in the order they are applied (for a plan backwards, the reverse of its order).
     *
     * @param plan    the migrations to apply or unapply, in order
     * @param applied the migrations applied now
     * @return the state before each migration of the plan, by key
     */
    public Map<MigrationKey, ProjectState> statesBefore(Plan plan, Set<MigrationKey> applied) {
        Set<MigrationKey> involved = new HashSet<>(applied);
        plan.steps().forEach(s -> involved.add(s.migration().key()));
        Map<MigrationKey, ProjectState> prefix = StateReplayer.statesBefore(graph, involved);
        if (prefixIsExact(plan, applied, involved)) {
            return prefix;
        }
        List<PlanStep> steps = plan.steps().stream().filter(s -> graph.contains(s.migration().key())).toList();
        boolean backwards = steps.stream().allMatch(PlanStep::backwards);
        if (!backwards && steps.stream().anyMatch(PlanStep::backwards)) {
            return prefix; // the planner makes no such plan
        }
        Set<MigrationKey> staying = new HashSet<>(applied);
        steps.forEach(s -> staying.remove(s.migration().key()));
        ProjectState state = StateReplayer.stateAfter(graph, staying);
        List<PlanStep> applyOrder = new ArrayList<>(steps);
        if (backwards) {
            java.util.Collections.reverse(applyOrder);
        }
        Map<MigrationKey, ProjectState> out = new HashMap<>();
        for (PlanStep step : applyOrder) {
            out.put(step.migration().key(), state);
            state = StateReplayer.apply(step.migration(), state);
        }
        return out;
    }

    /** Whether before each step exactly the migrations up to it in graph order (among {@code involved}) are applied. */
    private boolean prefixIsExact(Plan plan, Set<MigrationKey> applied, Set<MigrationKey> involved) {
        Map<MigrationKey, Integer> position = new HashMap<>();
        for (MigrationKey k : graph.order()) {
            if (involved.contains(k)) {
                position.put(k, position.size());
            }
        }
        Set<MigrationKey> now = new HashSet<>(applied);
        now.retainAll(position.keySet()); // rows of no migration in the graph (ghosts, replaced) change no state
        java.util.TreeSet<Integer> nowPositions = new java.util.TreeSet<>();
        now.forEach(k -> nowPositions.add(position.get(k)));
        for (PlanStep step : plan.steps()) {
            Integer at = position.get(step.migration().key());
            if (at == null) {
                continue;
            }
            boolean exact = step.backwards()
                    ? !nowPositions.isEmpty() && nowPositions.last() == at.intValue() && now.size() == at + 1
                    : (nowPositions.isEmpty() || nowPositions.last() < at) && now.size() == at;
            if (!exact) {
                return false;
            }
            if (step.backwards()) {
                now.remove(step.migration().key());
                nowPositions.remove(at);
            } else {
                now.add(step.migration().key());
                nowPositions.add(at);
            }
        }
        return true;
    }

    /**
     * The plan rendered from states computed by {@link #statesBefore}.
     *
     * @param plan   the migrations to apply or unapply, in order
     * @param before the state before each migration of the plan, from {@link #statesBefore}
     * @return each migration of the plan with its statements, in the plan's order
     * @throws dev.southward.migrate.SouthwardException when an operation cannot be rendered (nothing ran)
     */
    public List<RenderedMigration> render(Plan plan, Map<MigrationKey, ProjectState> before) {
        List<RenderedMigration> out = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            out.add(render(step.migration(), step.backwards(), before.get(step.migration().key())));
        }
        return out;
    }

    /**
     * One migration in one direction, from the state before it.
     *
     * @param m           the migration
     * @param backwards   true to render its unapplying
     * @param stateBefore the state before the migration (also when rendering it backwards)
     * @return the migration with its statements in execution order
     * @throws dev.southward.migrate.SouthwardException when an operation cannot be rendered
     */
    public RenderedMigration render(Migration m, boolean backwards, ProjectState stateBefore) {
        return render(m, backwards, stateBefore, 0, m.operations().size());
    }

    /**
     * Operations {@code [from, to)} of one migration in one direction (recovery undoes part of a migration; see
     * {@link RenderedMigration}), merged exactly as a whole migration is.
     *
     * @param m           the migration
     * @param backwards   true to render the operations' unapplying
     * @param stateBefore the state before the migration (also when rendering it backwards)
     * @param from        the first operation rendered
     * @param to          one past the last operation rendered
     * @return the range of the migration with its statements in execution order
     * @throws dev.southward.migrate.SouthwardException when an operation cannot be rendered
     */
    public RenderedMigration render(Migration m, boolean backwards, ProjectState stateBefore, int from, int to) {
        List<ProjectState> states = StateReplayer.throughOperations(m, stateBefore);
        List<RenderedStep> steps = new ArrayList<>();
        for (int n = from; n < to; n++) {
            int i = backwards ? to - 1 - (n - from) : n;
            Operation op = m.operations().get(i);
            try {
                List<Step> rendered = backwards ? op.backwards(m.app(), states.get(i), dialect)
                        : op.forwards(m.app(), states.get(i), dialect);
                for (Step s : rendered) {
                    if (s instanceof Step.Java java) {
                        checkDataMigration(java.className());
                    }
                    steps.add(new RenderedStep(i, s, states.get(i)));
                }
            } catch (IllegalStateException | SouthwardException e) {
                throw StateReplayer.invalid(m, i, e);
            }
        }
        return new RenderedMigration(m, backwards, merged(steps), from, to, false);
    }

    /**
     * Merges consecutive statements the dialect can run as one (one ALTER TABLE per table on MySQL: fewer
     * rebuilds, and one atomic statement). A merged statement counts for the last operation it covers.
     */
    private List<RenderedStep> merged(List<RenderedStep> steps) {
        List<RenderedStep> out = new ArrayList<>();
        for (RenderedStep s : steps) {
            RenderedStep last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.step() instanceof Step.Sql a && s.step() instanceof Step.Sql b) {
                var merged = dialect.merge(a.sql(), b.sql());
                if (merged.isPresent()) {
                    out.set(out.size() - 1, new RenderedStep(s.operation(), new Step.Sql(merged.get()), last.state(),
                            last.first()));
                    continue;
                }
            }
            out.add(s);
        }
        return out.stream().map(s -> s.step() instanceof Step.Sql sql
                ? new RenderedStep(s.operation(), new Step.Sql(dialect.decorate(sql.sql())), s.state(), s.first())
                : s).toList();
    }

    private void checkDataMigration(String className) {
        try {
            Class<?> type = Class.forName(className, false, classLoader);
            if (!DataMigration.class.isAssignableFrom(type)) {
                throw new IllegalStateException("class " + className + " does not implement "
                        + DataMigration.class.getName());
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("data migration class " + className + " is not on the classpath");
        }
    }

    /** Instantiates a data migration class (checked at render time). */
    DataMigration dataMigration(String className) {
        try {
            return (DataMigration) Class.forName(className, true, classLoader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new MigrationFileException("cannot create data migration " + className + ": " + e, e);
        }
    }
}
