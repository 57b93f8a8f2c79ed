package dev.southward.migrate.evolution;

import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded random history of valid model changes over the apps of {@link Models#APPS}. The same seed gives the same
 * changes. Each change is checked with {@link Models#attempt} before it is kept, so every prefix of the history is a
 * set of models {@code ModelScanner} could have read.
 */
public final class EvolutionGenerator {
    /** Every kind of change; a new kind is one more entry. */
    static final List<ChangeKind> KINDS = List.of(new CreateModelKind(), new DeleteModelKind(),
            new RenameModelKind(), new AddFieldKind(), new AddForeignKeyKind(), new RemoveFieldKind(),
            new AlterFieldKind(), new RenameFieldKind(), new RetargetForeignKeyKind(), new ChangeKeyTypeKind(),
            new AddIndexKind(), new RemoveIndexKind(), new ManyToManyKind(), new UnmanagedModelKind(),
            new MoveModelKind());
    private static final int TRIES_PER_STEP = 1000;

    private EvolutionGenerator() {
    }

    /**
     * The changes of one seed.
     *
     * @param seed  the seed
     * @param steps how many changes
     * @return the changes, in order
     */
    public static List<Change> generate(long seed, int steps) {
        Random random = new Random(seed);
        int total = KINDS.stream().mapToInt(ChangeKind::weight).sum();
        ProjectState state = ProjectState.empty();
        List<Change> out = new ArrayList<>();
        for (int tries = 0; out.size() < steps; tries++) {
            if (tries > TRIES_PER_STEP * (out.size() + 1)) {
                throw new IllegalStateException("seed " + seed + ": no valid change found after " + out.size()
                        + " steps; state " + state.models().keySet());
            }
            Change change = kind(random.nextInt(total)).propose(state, random);
            ProjectState next = change == null ? null : Models.attempt(change, state);
            if (next != null) {
                out.add(change);
                state = next;
            }
        }
        return out;
    }

    private static ChangeKind kind(int ticket) {
        for (ChangeKind k : KINDS) {
            ticket -= k.weight();
            if (ticket < 0) {
                return k;
            }
        }
        throw new IllegalStateException("weights");
    }
}
