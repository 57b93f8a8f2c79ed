package dev.southward.migrate.evolution;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/** Adds a plain field of a random type to a model (NOT NULL ones need a one-off value: the questioner gives it). */
final class AddFieldKind implements ChangeKind {
    @Override
    public Change propose(ProjectState state, Random random) {
        ModelState m = Models.anyModel(state, random);
        return m == null ? null : new Add(m.key(), Samples.field(freshField(m, random), random));
    }

    @Override
    public int weight() {
        return 14;
    }

    /** A field name the model does not have yet. */
    static String freshField(ModelState m, Random random) {
        Set<String> taken = m.fields().stream().map(FieldState::name).collect(Collectors.toSet());
        return Models.fresh(Samples.FIELD_WORDS, taken, random);
    }

    /** Adds {@code field} to the model {@code model}, unless it has a field of that name. */
    record Add(String model, FieldState field) implements Change {
        @Override
        public ProjectState applyRaw(ProjectState state) {
            ModelState m = state.model(model).orElse(null);
            return m == null || m.field(field.name()).isPresent() ? null : state.with(m.withField(field));
        }

        @Override
        public String describe() {
            return "add field " + model + "." + field.name() + " " + Describe.field(field);
        }
    }
}
