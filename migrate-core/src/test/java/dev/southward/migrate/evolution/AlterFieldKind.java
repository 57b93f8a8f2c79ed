package dev.southward.migrate.evolution;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.OnDelete;
import dev.southward.migrate.state.ProjectState;
import java.util.Random;

/**
 * Changes a field that is not the key: a plain field gets a new type and size, or one option flips (NULL, default,
 * unique, index); a foreign key changes NULL, ON DELETE, unique or index, never its type (that follows its target).
 */
final class AlterFieldKind implements ChangeKind {
    @Override
    public Change propose(ProjectState state, Random random) {
        ModelState m = Models.anyModel(state, random);
        FieldState f = m == null ? null : Models.pick(m.fields().stream().filter(x -> !x.primaryKey()).toList(), random);
        if (f == null) {
            return null;
        }
        FieldState now = switch (random.nextInt(6)) {
            case 0 -> f.foreignKey() != null ? onDelete(f, random)
                    : Samples.field(f.name(), random).withName(f.name(), f.column());
            case 1 -> f.withNullable(!f.nullable());
            case 2 -> f.foreignKey() != null || random.nextBoolean() ? f.withDefault(null)
                    : f.withDefault(Samples.value(f, random));
            case 3 -> f.withUnique(!f.unique());
            case 4 -> f.withIndexed(!f.indexed());
            default -> f.foreignKey() != null ? f.withNullable(!f.nullable())
                    : Samples.ofType(f.name(), f.type(), random).withName(f.name(), f.column())
                            .withNullable(f.nullable()).withDefault(f.defaultValue());
        };
        if (now.foreignKey() != null && now.foreignKey().onDelete() == OnDelete.SET_NULL && !now.nullable()) {
            now = now.withForeignKey(new ForeignKeyRef(now.foreignKey().model(), OnDelete.CASCADE));
        }
        return new Alter(m.key(), now);
    }

    @Override
    public int weight() {
        return 14;
    }

    private static FieldState onDelete(FieldState f, Random random) {
        OnDelete d = OnDelete.values()[random.nextInt(OnDelete.values().length)];
        return f.withForeignKey(new ForeignKeyRef(f.foreignKey().model(), d));
    }

    /**
     * Gives the field {@code field.name()} of {@code model} the definition {@code field}; a foreign key keeps its
     * current target.
     */
    record Alter(String model, FieldState field) implements Change {
        @Override
        public ProjectState applyRaw(ProjectState state) {
            ModelState m = state.model(model).orElse(null);
            FieldState old = m == null ? null : m.field(field.name()).orElse(null);
            if (old == null || old.primaryKey() || !old.column().equals(field.column())
                    || (old.foreignKey() == null) != (field.foreignKey() == null)) {
                return null;
            }
            FieldState now = old.foreignKey() == null ? field
                    : field.withForeignKey(new ForeignKeyRef(old.foreignKey().model(), field.foreignKey().onDelete()));
            return state.with(m.replaceField(field.name(), x -> now));
        }

        @Override
        public String describe() {
            return "alter field " + model + "." + field.name() + " to " + Describe.field(field);
        }
    }
}
