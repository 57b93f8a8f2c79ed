package dev.southward.migrate.squash;

import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.operation.RunJava;
import dev.southward.migrate.operation.RunSql;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds a list of one app's operations into fewer, as Django's {@code MigrationOptimizer}: each operation is
 * compared with every later one; when a pair folds ({@link Reductions}), the result takes the later one's place if
 * every operation in between commutes with the earlier one (neither changes what the other changes or uses, see
 * {@link References}),
 * else the earlier one's place if every operation in between commutes with the later one; otherwise the pair stays.
 * Repeated until nothing folds. Elidable data migrations are dropped first; the others are barriers nothing moves
 * across. Last, each operation moves back next to the previous one on the same model where it commutes with what is
 * in between, so that a dialect can merge the changes of one table.
 */
public final class Optimizer {
    /** An operation with what it touches (the union of its parts' for a folded one). */
    private record Item(Operation op, References refs) {
    }

    private Optimizer() {
    }

    /**
     * The folded operations.
     *
     * @param app        the app of the operations
     * @param operations the operations in order
     * @param before     the project state before each operation (to know what removed and altered fields
     *                   referenced)
     * @return the operations folded; applied in order they give the same state
     */
    public static List<Operation> optimize(String app, List<Operation> operations, List<ProjectState> before) {
        List<Item> items = new ArrayList<>(operations.size());
        for (int i = 0; i < operations.size(); i++) {
            Operation op = operations.get(i);
            if (!elidable(op)) {
                items.add(new Item(op, References.of(app, op, before.get(i))));
            }
        }
        while (pass(app, items)) {
            // until nothing folds
        }
        return group(items).stream().map(Item::op).toList();
    }

    /**
     * The folded operations of a list applied from one state (as in the tests).
     *
     * @param app        the app of the operations
     * @param operations the operations in order
     * @param before     the project state before the first
     * @return the operations folded
     */
    public static List<Operation> optimize(String app, List<Operation> operations, ProjectState before) {
        List<ProjectState> states = new ArrayList<>(operations.size());
        ProjectState state = before;
        for (Operation op : operations) {
            states.add(state);
            state = op.apply(app, state);
        }
        return optimize(app, operations, states);
    }

    /**
     * Whether a squash may drop the operation: a data migration marked elidable.
     *
     * @param op an operation of a squashed range
     * @return true for a {@code run_sql} or {@code run_java} marked elidable
     */
    public static boolean elidable(Operation op) {
        return op instanceof RunSql s && s.elidable() || op instanceof RunJava j && j.elidable();
    }

    /**
     * Moves each operation back to just after the previous one on the same model, across operations it commutes
     * with: the changes of one table end up side by side, where a dialect merges them (MySQL: one {@code ALTER
     * TABLE}, one table rebuild, instead of one per change).
     */
    private static List<Item> group(List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        for (Item item : items) {
            String model = Reductions.target(item.op());
            int at = out.size();
            if (model != null && item.refs() != References.BARRIER) {
                for (int k = out.size() - 1; k >= 0; k--) {
                    Item before = out.get(k);
                    if (model.equals(Reductions.target(before.op()))) {
                        at = k + 1;
                        break;
                    }
                    if (before.refs().conflicts(item.refs())) {
                        break;
                    }
                }
            }
            out.add(at, item);
        }
        return out;
    }

    /** One pass over the list, folding in place; true when anything folded. */
    private static boolean pass(String app, List<Item> items) {
        boolean changed = false;
        for (int i = 0; i < items.size(); i++) {
            if (foldAt(app, items, i)) {
                changed = true;
                i = Math.max(-1, i - 2); // the fold may enable one with the operation before
            }
        }
        return changed;
    }

    /** Folds the operation at {@code i} with a later one if it can; true when it did. */
    private static boolean foldAt(String app, List<Item> items, int i) {
        Item a = items.get(i);
        if (a.refs() == References.BARRIER) {
            return false;
        }
        boolean right = true;
        for (int j = i + 1; j < items.size(); j++) {
            Item b = items.get(j);
            if (b.refs() == References.BARRIER) {
                return false; // a barrier: nothing folds across it
            }
            if (!a.refs().conflicts(b.refs())) {
                continue; // unrelated: commutes, cannot fold
            }
            List<Operation> result = Reductions.reduce(app, a.op(), b.op());
            if (result != null) {
                List<Item> between = items.subList(i + 1, j);
                boolean left = !right && between.stream().noneMatch(x -> x.refs().conflicts(b.refs()));
                if (right || left) {
                    References refs = a.refs().plus(b.refs());
                    List<Item> folded = result.stream().map(op -> new Item(op, refs)).toList();
                    List<Item> middle = new ArrayList<>(between);
                    items.subList(i, j + 1).clear();
                    List<Item> replacement = new ArrayList<>();
                    if (right) {
                        replacement.addAll(middle);
                        replacement.addAll(folded);
                    } else {
                        replacement.addAll(folded);
                        replacement.addAll(middle);
                    }
                    items.addAll(i, replacement);
                    return true;
                }
            }
            right = false; // b conflicts with a: a cannot move past it
            if (b.refs().changesAnyOf(a.refs())) {
                // Whatever could fold with a changes what a changes, so it cannot move left past b either.
                return false;
            }
        }
        return false;
    }
}
