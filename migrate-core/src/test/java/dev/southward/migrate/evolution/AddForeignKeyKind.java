package dev.southward.migrate.evolution;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.OnDelete;
import dev.southward.migrate.state.ProjectState;
import java.util.List;
import java.util.Random;

/** Adds a foreign key to any model of any app (itself included), with a random ON DELETE. */
final class AddForeignKeyKind implements ChangeKind {
    private static final List<OnDelete> NOT_NULL = List.of(OnDelete.CASCADE, OnDelete.RESTRICT, OnDelete.NO_ACTION);

    @Override
    public Change propose(ProjectState state, Random random) {
        ModelState m = Models.anyModel(state, random);
        if (m == null) {
            return null;
        }
        ModelState target = Models.anyTarget(state, random);
        boolean nullable = random.nextBoolean();
        OnDelete onDelete = nullable && random.nextInt(3) == 0 ? OnDelete.SET_NULL
                : NOT_NULL.get(random.nextInt(NOT_NULL.size()));
        FieldState f = Models.foreignKey(AddFieldKind.freshField(m, random), target.key(), nullable, onDelete)
                .withUnique(random.nextInt(8) == 0).withIndexed(random.nextInt(8) == 0);
        return new AddFieldKind.Add(m.key(), f);
    }

    @Override
    public int weight() {
        return 8;
    }
}
