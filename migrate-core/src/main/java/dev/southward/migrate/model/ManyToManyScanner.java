package dev.southward.migrate.model;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.Names;
import dev.southward.migrate.state.OnDelete;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a many-to-many field ({@code List<Tag> tags}) into the state's implicit join model, as Django's
 * auto-created through model: named {@code Owner_field}, table {@code <owner table>_<field>}, an {@code id}, two
 * foreign keys ({@code <owner>}, {@code <other>}; {@code from_<owner>}, {@code to_<owner>} for a self-reference)
 * with cascading deletes, and a unique index on the pair.
 */
final class ManyToManyScanner {
    private final Map<Class<?>, String> appOf;
    private final List<String> problems;

    ManyToManyScanner(Map<Class<?>, String> appOf, List<String> problems) {
        this.appOf = appOf;
        this.problems = problems;
    }

    /** Whether the field is a collection, i.e. many-to-many (or an unsupported collection). */
    static boolean isCollection(java.lang.reflect.Field f) {
        return Collection.class.isAssignableFrom(f.getType());
    }

    /**
     * The join model of a many-to-many field, or null after reporting a problem.
     *
     * @param owner      the model class declaring the field
     * @param app        its app
     * @param ownerTable its table
     * @param managed    whether its table is managed (the join table follows it)
     * @param f          the field
     * @return the join model
     */
    ModelState join(Class<?> owner, String app, String ownerTable, boolean managed, java.lang.reflect.Field f) {
        String where = owner.getName() + "." + f.getName();
        Class<?> other = elementType(f);
        if (other == null || !appOf.containsKey(other)) {
            problems.add(where + ": a collection field is many-to-many and needs a model class as its element type, "
                    + "not " + f.getGenericType().getTypeName() + " (see docs/models.md)");
            return null;
        }
        ManyToMany options = f.getAnnotation(ManyToMany.class);
        String table = options == null || options.table().isEmpty()
                ? ownerTable + "_" + Names.snake(f.getName()) : options.table();
        String tableProblem = Names.identifierProblem(table);
        if (tableProblem != null) {
            problems.add(where + ": join table name " + tableProblem + "; name it with @ManyToMany(table = ...)");
        }
        String from = owner.getSimpleName().toLowerCase(Locale.ROOT);
        String to = other.getSimpleName().toLowerCase(Locale.ROOT);
        if (from.equals(to)) {
            to = "to_" + from;
            from = "from_" + from;
        }
        FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                false, null);
        FieldState a = reference(from, ModelScanner.targetPrimaryKey(owner), app + "." + owner.getSimpleName());
        FieldState b = reference(to, ModelScanner.targetPrimaryKey(other), appOf.get(other) + "." + other.getSimpleName());
        for (FieldState x : List.of(a, b)) {
            String problem = Names.identifierProblem(x.column());
            if (problem != null) {
                problems.add(where + ": join column " + problem);
            }
        }
        IndexState pair = new IndexState(Names.derived(table, List.of(a.column(), b.column()), "uniq"),
                List.of(a.name(), b.name()), true);
        return new ModelState(app, owner.getSimpleName() + "_" + f.getName(), table, List.of(id, a, b), List.of(pair),
                managed, owner.getSimpleName() + "." + f.getName());
    }

    private static FieldState reference(String name, FieldState pk, String model) {
        if (pk == null) {
            pk = FieldState.of("id", "id", FieldType.LONG);
        }
        return new FieldState(name, name + "_id", pk.type(), pk.maxLength(), pk.precision(), pk.scale(), false, null,
                false, false, false, false, new ForeignKeyRef(model, OnDelete.CASCADE));
    }

    private static Class<?> elementType(java.lang.reflect.Field f) {
        Type generic = f.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
