package dev.southward.migrate.evolution;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.Names;
import dev.southward.migrate.state.OnDelete;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** A new model in one of the apps: a key (automatic or its own), a few fields, maybe foreign keys and an index. */
final class CreateModelKind implements ChangeKind {
    static final int MAX_MODELS = 10;

    @Override
    public Change propose(ProjectState state, Random random) {
        if (state.models().size() >= MAX_MODELS) {
            return null;
        }
        String app = Models.pick(Models.APPS, random);
        String name = Models.freshModelName(state, random);
        String key = app + "." + name;
        List<FieldState> fields = new ArrayList<>();
        fields.add(random.nextInt(10) < 7 ? Models.autoId() : Keys.random(Keys.NAMES.get(random.nextInt(2)), random));
        Set<String> fieldNames = new HashSet<>(Set.of(fields.get(0).name()));
        for (int i = random.nextInt(4); i > 0; i--) {
            String field = Models.fresh(Samples.FIELD_WORDS, fieldNames, random);
            fieldNames.add(field);
            if (random.nextInt(4) == 0) {
                List<String> targets = new ArrayList<>(Models.targets(state).stream().map(ModelState::key).toList());
                targets.add(key); // a reference to itself
                boolean nullable = random.nextBoolean();
                fields.add(Models.foreignKey(field, Models.pick(targets, random), nullable,
                        nullable && random.nextBoolean() ? OnDelete.SET_NULL : OnDelete.CASCADE));
            } else {
                fields.add(Samples.field(field, random));
            }
        }
        List<IndexState> indexes = new ArrayList<>();
        List<String> indexable = fields.stream().filter(f -> !f.primaryKey() && Models.indexable(f))
                .map(FieldState::name).toList();
        if (indexable.size() >= 2 && random.nextInt(3) == 0) {
            indexes.add(new IndexState("derived", indexable.subList(0, 2), random.nextBoolean()));
        }
        return new Create(new ModelState(app, name, Names.defaultTable(app, name), fields, indexes));
    }

    /** Creates {@code model}, unless a model of that name exists. */
    record Create(ModelState model) implements Change {
        @Override
        public ProjectState applyRaw(ProjectState state) {
            return state.model(model.key()).isPresent() ? null : state.with(model);
        }

        @Override
        public String describe() {
            return (model.isManaged() ? "create model " : "create unmanaged model (table " + model.table() + ") ")
                    + model.key() + " " + model.fields().stream().map(f -> f.name() + " "
                    + Describe.field(f)).toList() + (model.indexes().isEmpty() ? "" : " " + model.indexes());
        }
    }
}
