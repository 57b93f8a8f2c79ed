package dev.southward.migrate.evolution;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Unmanaged models ({@code @Model(managed = false)}): describes a table that someone else owns (the runner creates it
 * first, as that owner would, named {@code ext_…}), or hands a managed model's table over to someone else, or takes
 * one back. Only models without foreign keys of their own change hands: a table Southward does not manage cannot
 * follow a key change or a deletion of the table it points at.
 */
final class UnmanagedModelKind implements ChangeKind {
    @Override
    public Change propose(ProjectState state, Random random) {
        if (random.nextBoolean()) {
            if (state.models().size() >= CreateModelKind.MAX_MODELS) {
                return null;
            }
            String app = Models.pick(Models.APPS, random);
            String name = Models.freshModelName(state, random);
            List<FieldState> fields = new ArrayList<>();
            fields.add(random.nextBoolean() ? Models.autoId() : Keys.random(Keys.NAMES.get(random.nextInt(2)), random));
            fields.add(Samples.field(Models.fresh(Samples.FIELD_WORDS, Set.of(fields.get(0).name()), random), random)
                    .withUnique(false).withIndexed(false));
            // A random number keeps the table unlike any table an earlier unmanaged model of the run left behind.
            String table = Models.EXTERNAL + name.toLowerCase(Locale.ROOT) + "_" + random.nextInt(1_000_000);
            return new CreateModelKind.Create(new ModelState(app, name, table, fields, List.of(), false, null));
        }
        ModelState m = Models.pick(state.models().values().stream().filter(x -> x.joinFor() == null
                && x.fields().stream().noneMatch(f -> f.foreignKey() != null)
                && state.models().values().stream().noneMatch(j -> j.joinFor() != null && j.app().equals(x.app())
                        && j.joinFor().startsWith(x.name() + "."))).toList(), random);
        return m == null ? null : new Toggle(m.key(), !m.isManaged());
    }

    @Override
    public int weight() {
        return 5;
    }

    /** Makes the model {@code key} managed or not; its table stays as it is. */
    record Toggle(String key, boolean managed) implements Change {
        @Override
        public ProjectState applyRaw(ProjectState state) {
            ModelState m = state.model(key).orElse(null);
            return m == null || m.joinFor() != null || m.isManaged() == managed ? null
                    : state.with(m.withOptions(managed, null));
        }

        @Override
        public String describe() {
            return (managed ? "manage the table of " : "stop managing the table of ") + key;
        }
    }
}
