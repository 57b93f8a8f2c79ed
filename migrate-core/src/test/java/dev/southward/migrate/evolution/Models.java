package dev.southward.migrate.evolution;

import dev.southward.migrate.dialect.ConstraintNames;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.Literals;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.Names;
import dev.southward.migrate.state.OnDelete;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The rules that make a model state one that {@code ModelScanner} could have read from annotated classes, and the
 * derived parts a scanner would recompute after a change: a foreign key column has its target key's type, and an
 * index without a name of its own ({@code ix_…}) is named after its table and columns.
 */
public final class Models {
    /** The apps of every evolution. */
    public static final List<String> APPS = List.of("alpha", "beta", "gamma");
    /** Index names chosen by the developer start with this; all others are derived. */
    static final String CUSTOM_INDEX = "ix_";
    /** The tables of unmanaged models start with this; the runner creates them, as their other owner would. */
    static final String EXTERNAL = "ext_";

    private Models() {
    }

    /**
     * The change applied, normalized and validated.
     *
     * @param change the change
     * @param state  the models before
     * @return the models after, or null when the change does not fit, changes nothing or breaks a scanner rule
     */
    public static ProjectState attempt(Change change, ProjectState state) {
        ProjectState raw = change.applyRaw(state);
        if (raw == null) {
            return null;
        }
        ProjectState after = normalize(raw);
        return after == null || after.equals(state) || !problems(after).isEmpty() ? null : after;
    }

    /** The automatic primary key, {@code id BIGINT} auto-increment. */
    static FieldState autoId() {
        return new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false, false,
                null);
    }

    /** A foreign key field as the scanner makes it (the type is filled in by {@link #normalize}). */
    static FieldState foreignKey(String name, String target, boolean nullable, OnDelete onDelete) {
        return new FieldState(name, Names.snake(name) + "_id", FieldType.LONG, null, null, null, nullable, null,
                false, false, false, false, new ForeignKeyRef(target, onDelete));
    }

    /** Whether a column of this field can be in an index on every database (not text or blob). */
    static boolean indexable(FieldState f) {
        return f.type() != FieldType.TEXT && f.type() != FieldType.BINARY;
    }

    /** Whether a composite index of {@code model} names the field. */
    static boolean inIndex(ModelState model, String field) {
        return model.indexes().stream().anyMatch(i -> i.fields().contains(field));
    }

    /** {@code app.Model.field}. */
    static String key(ModelState model, String field) {
        return model.key() + "." + field;
    }

    /** The model without the composite indexes that name the field. */
    static ModelState withoutIndexesOn(ModelState model, String field) {
        return model.withIndexes(model.indexes().stream().filter(i -> !i.fields().contains(field)).toList());
    }

    /** A random element, or null for none. */
    static <T> T pick(List<T> items, Random random) {
        return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
    }

    /**
     * A random model whose class the developer edits freely (managed, no join table), or null when there is none.
     * Unmanaged models describe someone else's table, and join tables are derived from their many-to-many field.
     */
    static ModelState anyModel(ProjectState state, Random random) {
        return pick(state.models().values().stream().filter(m -> m.isManaged() && m.joinFor() == null).toList(),
                random);
    }

    /** A random model a foreign key may point at (any but a join table), or null when there is none. */
    static ModelState anyTarget(ProjectState state, Random random) {
        return pick(targets(state), random);
    }

    /** The models a foreign key may point at: all but join tables. */
    static List<ModelState> targets(ProjectState state) {
        return state.models().values().stream().filter(m -> m.joinFor() == null).toList();
    }

    /**
     * The join model of the many-to-many field {@code owner.field}, as {@code ManyToManyScanner} makes it: in the
     * owner's app, named {@code Owner_field}, table {@code <owner table>_<field>}, managed when the owner is, and a
     * column per side named after its model ({@code from_…}/{@code to_…} when both sides are one model name).
     */
    static ModelState join(ModelState owner, String field, ModelState target) {
        String from = owner.name().toLowerCase(Locale.ROOT);
        String to = target.name().toLowerCase(Locale.ROOT);
        if (from.equals(to)) {
            to = "to_" + from;
            from = "from_" + from;
        }
        return new ModelState(owner.app(), owner.name() + "_" + field, owner.table() + "_" + Names.snake(field),
                List.of(autoId(), foreignKey(from, owner.key(), false, OnDelete.CASCADE),
                        foreignKey(to, target.key(), false, OnDelete.CASCADE)),
                List.of(new IndexState("derived", List.of(from, to), true)), owner.isManaged(),
                owner.name() + "." + field);
    }

    /** The models with every foreign key to {@code from} pointing at {@code to} instead (a renamed or moved model). */
    static ProjectState referencesFollow(ProjectState state, String from, String to) {
        ProjectState out = state;
        for (ModelState other : state.models().values()) {
            ModelState changed = other;
            for (FieldState f : other.fields()) {
                if (f.foreignKey() != null && f.foreignKey().model().equals(from)) {
                    changed = changed.replaceField(f.name(), x -> x.withForeignKey(
                            new ForeignKeyRef(to, x.foreignKey().onDelete())));
                }
            }
            out = out.with(changed);
        }
        return out;
    }

    /** The many-to-many field's name of a join model ({@code field} of {@code Owner.field}). */
    static String joinField(ModelState join) {
        return join.joinFor().substring(join.joinFor().indexOf('.') + 1);
    }

    /** A model name no model of any app has (so a move or rename never meets its own name). */
    static String freshModelName(ProjectState state, Random random) {
        return fresh(Samples.MODEL_WORDS, state.models().values().stream().map(ModelState::name)
                .collect(java.util.stream.Collectors.toSet()), random);
    }

    /** A name from {@code words} plus a number, not yet in {@code taken} (compared ignoring case). */
    static String fresh(List<String> words, Set<String> taken, Random random) {
        while (true) {
            String name = pick(words, random) + random.nextInt(100);
            if (taken.stream().noneMatch(t -> t.equalsIgnoreCase(name))) {
                return name;
            }
        }
    }

    /**
     * Join tables follow their two models (renamed, moved, gone with either, as the scanner derives them again);
     * foreign keys take their target's key type; derived index names follow table and columns.
     */
    static ProjectState normalize(ProjectState raw) {
        ProjectState state = joinsFollow(raw);
        List<ModelState> out = new ArrayList<>();
        for (ModelState m : state.models().values()) {
            List<FieldState> fields = new ArrayList<>();
            for (FieldState f : m.fields()) {
                if (f.foreignKey() == null) {
                    fields.add(f);
                    continue;
                }
                ModelState target = state.model(f.foreignKey().model()).orElse(null);
                if (target == null || target.primaryKey().size() != 1) {
                    return null;
                }
                FieldState pk = target.primaryKey().get(0);
                fields.add(new FieldState(f.name(), f.column(), pk.type(), pk.maxLength(), pk.precision(),
                        pk.scale(), f.nullable(), null, false, false, f.unique(), f.indexed(), f.foreignKey()));
            }
            ModelState model = new ModelState(m.app(), m.name(), m.table(), fields, List.of(), m.managed(),
                    m.joinFor());
            List<IndexState> indexes = new ArrayList<>();
            for (IndexState i : m.indexes()) {
                if (!i.fields().stream().allMatch(x -> model.field(x).isPresent())) {
                    return null;
                }
                String name = i.name().startsWith(CUSTOM_INDEX) ? i.name() : Names.derived(m.table(),
                        i.fields().stream().map(model::column).toList(), i.unique() ? "uniq" : "idx");
                indexes.add(new IndexState(name, i.fields(), i.unique()));
            }
            out.add(model.withIndexes(indexes));
        }
        return ProjectState.of(out);
    }

    private static ProjectState joinsFollow(ProjectState state) {
        List<ModelState> out = new ArrayList<>();
        for (ModelState m : state.models().values()) {
            if (m.joinFor() == null) {
                out.add(m);
                continue;
            }
            ModelState owner = state.model(m.fields().get(1).foreignKey().model()).orElse(null);
            ModelState target = state.model(m.fields().get(2).foreignKey().model()).orElse(null);
            if (owner != null && target != null && owner.joinFor() == null && target.joinFor() == null) {
                out.add(join(owner, joinField(m), target));
            }
        }
        return ProjectState.of(out);
    }

    /**
     * What {@code ModelScanner} (or a database) would refuse in these models.
     *
     * @param state the models
     * @return the problems, empty when the models are valid
     */
    static List<String> problems(ProjectState state) {
        List<String> out = new ArrayList<>();
        Set<String> tables = new HashSet<>();
        Set<String> indexNames = new HashSet<>();
        for (ModelState m : state.models().values()) {
            if (m.joinFor() != null && state.model(m.app() + "." + m.joinFor().substring(0, m.joinFor().indexOf('.')))
                    .flatMap(o -> o.field(joinField(m))).isPresent()) {
                out.add(m.key() + ": the many-to-many field's name is a field of its model too");
            }
            check(out, m.key(), Names.identifierProblem(m.table()));
            if (!tables.add(m.table().toLowerCase(Locale.ROOT))) {
                out.add(m.key() + ": table " + m.table() + " is used twice");
            }
            if (m.primaryKey().size() != 1) {
                out.add(m.key() + ": " + m.primaryKey().size() + " primary keys");
            }
            Set<String> columns = new HashSet<>();
            for (FieldState f : m.fields()) {
                fieldProblems(state, m, f, out);
                if (!columns.add(f.column().toLowerCase(Locale.ROOT))) {
                    out.add(m.key() + ": column " + f.column() + " is used twice");
                }
                if (f.unique()) {
                    unique(indexNames, ConstraintNames.unique(m, f), out);
                }
                if (f.indexed()) {
                    unique(indexNames, ConstraintNames.index(m, f), out);
                }
                if (f.foreignKey() != null) {
                    unique(indexNames, ConstraintNames.foreignKey(m, f), out);
                }
            }
            for (IndexState i : m.indexes()) {
                check(out, m.key(), Names.identifierProblem(i.name()));
                unique(indexNames, i.name(), out);
                if (i.fields().isEmpty() || i.fields().stream().anyMatch(x -> m.field(x).map(f -> !indexable(f))
                        .orElse(true))) {
                    out.add(m.key() + ": index " + i.name() + " names a missing or unindexable field");
                }
            }
        }
        return out;
    }

    private static void fieldProblems(ProjectState state, ModelState m, FieldState f, List<String> out) {
        String where = key(m, f.name());
        check(out, where, Names.identifierProblem(f.column()));
        if (f.defaultValue() != null) {
            check(out, where, Literals.problem(f, f.defaultValue()));
        }
        if (f.primaryKey() && f.nullable()) {
            out.add(where + ": nullable primary key");
        }
        if (f.autoIncrement() && (!f.primaryKey() || !List.of(FieldType.INT, FieldType.LONG, FieldType.SHORT)
                .contains(f.type()))) {
            out.add(where + ": auto-increment on a field that is no integer key");
        }
        if ((f.unique() || f.indexed()) && (!indexable(f) || f.primaryKey())) {
            out.add(where + ": index on a key or an unindexable field");
        }
        if (f.foreignKey() != null) {
            if (state.model(f.foreignKey().model()).isEmpty()) {
                out.add(where + ": foreign key to a missing model");
            }
            if (f.foreignKey().onDelete() == OnDelete.SET_NULL && !f.nullable()) {
                out.add(where + ": SET_NULL on a NOT NULL field");
            }
        }
    }

    private static void unique(Set<String> names, String name, List<String> out) {
        if (!names.add(name.toLowerCase(Locale.ROOT))) {
            out.add("index or constraint name " + name + " is used twice");
        }
    }

    private static void check(List<String> out, String where, String problem) {
        if (problem != null) {
            out.add(where + ": " + problem);
        }
    }
}
