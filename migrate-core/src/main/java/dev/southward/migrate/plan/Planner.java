package dev.southward.migrate.plan;

import dev.southward.migrate.IrreversibleMigrationException;
import dev.southward.migrate.MigrationGraphException;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.migration.MigrationKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a request (everything, one app, an app to a target, {@code zero}) into a {@link Plan}, given the graph
 * and the set of applied migrations.
 */
public final class Planner {
    /** The target that unapplies every migration of an app. */
    public static final String ZERO = "zero";

    private final MigrationGraph graph;
    private final Set<MigrationKey> applied;

    /**
     * A planner over a graph, for a database where some migrations are applied.
     *
     * @param graph   the migrations
     * @param applied the migrations the history records as applied
     */
    public Planner(MigrationGraph graph, Set<MigrationKey> applied) {
        this.graph = graph;
        this.applied = Set.copyOf(applied);
    }

    /**
     * Every app to its latest migration.
     *
     * @return the pending migrations of every app, each after its dependencies
     */
    public Plan all() {
        List<MigrationKey> targets = new ArrayList<>();
        graph.apps().forEach(app -> targets.addAll(graph.leaves(app)));
        return forwards(targets);
    }

    /**
     * One app to its latest migration, with whatever it depends on.
     *
     * @param app the app
     * @return its pending migrations and the pending ones they depend on in other apps, in dependency order
     * @throws dev.southward.migrate.MigrationGraphException when the app has no migrations
     */
    public Plan app(String app) {
        requireApp(app);
        return forwards(graph.leaves(app));
    }

    /**
     * An app to a target: forwards when the target is not applied yet, else backwards, unapplying the app's later
     * migrations and whatever in other apps depends on them. {@code zero} unapplies the app completely.
     *
     * @param app    the app
     * @param target a migration's number, name or unique prefix, or {@code zero}
     * @return the migrations to apply, or to unapply in reverse dependency order
     * @throws dev.southward.migrate.MigrationGraphException when the app or the target does not exist
     * @throws dev.southward.migrate.IrreversibleMigrationException when an operation to unapply is irreversible
     */
    public Plan to(String app, String target) {
        if (ZERO.equals(target)) {
            Set<MigrationKey> undo = new HashSet<>();
            graph.app(app).stream().filter(k -> graph.parents(k).stream().noneMatch(p -> p.app().equals(app)))
                    .forEach(root -> undo.addAll(graph.descendants(root)));
            requireApp(app);
            return backwards(undo);
        }
        MigrationKey key = graph.resolve(app, target);
        if (!applied.contains(key)) {
            return forwards(List.of(key));
        }
        Set<MigrationKey> undo = new HashSet<>();
        graph.children(key).stream().filter(c -> c.app().equals(app)).forEach(c -> undo.addAll(graph.descendants(c)));
        return backwards(undo);
    }

    private void requireApp(String app) {
        if (graph.app(app).isEmpty()) {
            throw new MigrationGraphException("App '" + app + "' has no migrations (apps with migrations: "
                    + graph.apps() + ")");
        }
    }

    /**
     * The given migrations and their ancestors that are not applied, in dependency order.
     *
     * @param targets the migrations to reach
     * @return the migrations to apply, in dependency order
     */
    public Plan forwards(Collection<MigrationKey> targets) {
        Set<MigrationKey> needed = new HashSet<>();
        targets.forEach(t -> needed.addAll(graph.ancestors(t)));
        List<PlanStep> steps = new ArrayList<>();
        for (MigrationKey k : graph.order()) {
            if (needed.contains(k) && !applied.contains(k)) {
                steps.add(new PlanStep(graph.get(k), false));
            }
        }
        return new Plan(steps);
    }

    private Plan backwards(Set<MigrationKey> undo) {
        List<MigrationKey> order = graph.order();
        List<PlanStep> steps = new ArrayList<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            if (undo.contains(order.get(i)) && applied.contains(order.get(i))) {
                steps.add(new PlanStep(graph.get(order.get(i)), true));
            }
        }
        Plan plan = new Plan(steps);
        checkReversible(plan);
        return plan;
    }

    /**
     * Refuses a backwards plan with an irreversible operation before anything is unapplied.
     *
     * @param plan the plan, forwards or backwards
     * @throws dev.southward.migrate.IrreversibleMigrationException naming the first operation that cannot be reversed
     */
    public static void checkReversible(Plan plan) {
        for (PlanStep step : plan.steps()) {
            Migration m = step.migration();
            for (int i = m.operations().size() - 1; step.backwards() && i >= 0; i--) {
                if (!m.operations().get(i).reversible()) {
                    throw new IrreversibleMigrationException("Cannot unapply " + m.key() + ": operation #" + (i + 1)
                            + " (" + m.operations().get(i).describe(m.app()) + ") is irreversible. Nothing was "
                            + "unapplied. Plan was: " + plan.steps());
                }
            }
        }
    }
}
