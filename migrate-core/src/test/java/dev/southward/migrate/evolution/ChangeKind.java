package dev.southward.migrate.evolution;

import dev.southward.migrate.state.ProjectState;
import java.util.Random;

/**
 * A kind of model change (add a field, retarget a foreign key, ...). A new kind is one small class implementing this
 * interface, listed in {@link EvolutionGenerator#KINDS}.
 */
public interface ChangeKind {
    /**
     * A random change of this kind that fits {@code state}.
     *
     * @param state  the current models
     * @param random the generator's source of randomness (the only one, so a seed reproduces the run)
     * @return the change, or null when this kind has nothing to change in {@code state}
     */
    Change propose(ProjectState state, Random random);

    /**
     * How often this kind is picked relative to the others.
     *
     * @return a positive weight
     */
    default int weight() {
        return 10;
    }
}
