package dev.southward.migrate.model;

import dev.southward.migrate.ModelDefinitionException;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.Literals;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.Names;
import dev.southward.migrate.state.OnDelete;
import dev.southward.migrate.state.ProjectState;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@link App}-annotated classes and their model classes into a {@link ProjectState}. Every problem is
 * collected and reported together in one {@link ModelDefinitionException}.
 */
public final class ModelScanner {
    private final List<String> problems = new ArrayList<>();
    private final Map<Class<?>, String> appOf = new LinkedHashMap<>();
    private final List<ModelState> joins = new ArrayList<>();

    private ModelScanner() {
    }

    /**
     * Scans the given app classes.
     *
     * @param appClasses the classes annotated with {@code @App}
     * @return the state of all their models
     * @throws dev.southward.migrate.ModelDefinitionException listing every invalid model and field at once
     */
    public static ProjectState scan(List<Class<?>> appClasses) {
        return new ModelScanner().run(appClasses);
    }

    /**
     * The names of the apps the classes declare with {@link App}, with or without models (classes without the
     * annotation are left out; {@link #scan} reports them).
     *
     * @param appClasses the app classes
     * @return the app names
     */
    public static Set<String> appNames(List<Class<?>> appClasses) {
        Set<String> names = new java.util.TreeSet<>();
        for (Class<?> appClass : appClasses) {
            App app = appClass.getAnnotation(App.class);
            if (app != null) {
                names.add(app.name());
            }
        }
        return names;
    }

    private ProjectState run(List<Class<?>> appClasses) {
        Set<String> appNames = new HashSet<>();
        for (Class<?> appClass : appClasses) {
            App app = appClass.getAnnotation(App.class);
            if (app == null) {
                problems.add(appClass.getName() + ": not annotated with @App");
                continue;
            }
            String appProblem = Names.appProblem(app.name());
            if (appProblem != null) {
                problems.add(appClass.getName() + ": " + appProblem);
            }
            if (!appNames.add(app.name())) {
                problems.add(appClass.getName() + ": app name '" + app.name() + "' is declared twice");
            }
            for (Class<?> model : app.models()) {
                String previous = appOf.putIfAbsent(model, app.name());
                if (previous != null && !previous.equals(app.name())) {
                    problems.add(model.getName() + ": listed in both apps '" + previous + "' and '" + app.name() + "'");
                }
            }
        }
        List<ModelState> models = new ArrayList<>();
        Set<String> tables = new HashSet<>();
        for (Map.Entry<Class<?>, String> e : appOf.entrySet()) {
            int joinsBefore = joins.size();
            ModelState m = model(e.getKey(), e.getValue());
            List<ModelState> found = new ArrayList<>();
            found.add(m);
            found.addAll(joins.subList(joinsBefore, joins.size()));
            for (ModelState x : found) {
                if (!tables.add(x.table().toLowerCase(java.util.Locale.ROOT))) {
                    problems.add(e.getKey().getName() + ": table '" + x.table() + "' is used by another model too");
                }
                models.add(x);
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelDefinitionException(problems);
        }
        return ProjectState.of(models);
    }

    private ModelState model(Class<?> type, String app) {
        String where = type.getName();
        Model options = type.getAnnotation(Model.class);
        String table = options == null || options.table().isEmpty()
                ? Names.defaultTable(app, type.getSimpleName()) : options.table();
        check(where + ": table name", Names.identifierProblem(table));

        List<FieldState> fields = new ArrayList<>();
        List<java.lang.reflect.Field> declared = Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())
                        && !f.isSynthetic())
                .toList();
        boolean declaresId = declared.stream().anyMatch(f -> f.isAnnotationPresent(Id.class));
        if (!declaresId) {
            fields.add(new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false,
                    false, null));
        }
        int primaryKeys = 0;
        boolean managed = options == null || options.managed();
        for (java.lang.reflect.Field f : declared) {
            if (ManyToManyScanner.isCollection(f)) {
                ModelState join = new ManyToManyScanner(appOf, problems).join(type, app, table, managed, f);
                if (join != null) {
                    joins.add(join);
                }
                continue;
            }
            FieldState field = field(f, where + "." + f.getName());
            if (field != null) {
                fields.add(field);
                primaryKeys += field.primaryKey() ? 1 : 0;
            }
        }
        if (primaryKeys > 1) {
            problems.add(where + ": declares " + primaryKeys + " primary keys (@Id); a model has exactly one");
        }
        Set<String> columns = new HashSet<>();
        for (FieldState f : fields) {
            if (!columns.add(f.column().toLowerCase(java.util.Locale.ROOT))) {
                problems.add(where + "." + f.name() + ": duplicate column name '" + f.column() + "'");
            }
        }
        ModelState model = new ModelState(app, type.getSimpleName(), table, fields, List.of(), managed, null);
        return model.withIndexes(indexes(type, model));
    }

    private List<IndexState> indexes(Class<?> type, ModelState model) {
        List<IndexState> result = new ArrayList<>();
        for (Index index : type.getAnnotationsByType(Index.class)) {
            result.add(index(type, model, index.value(), index.name(), false));
        }
        for (UniqueTogether unique : type.getAnnotationsByType(UniqueTogether.class)) {
            result.add(index(type, model, unique.value(), unique.name(), true));
        }
        return result;
    }

    private IndexState index(Class<?> type, ModelState model, String[] fieldNames, String name, boolean unique) {
        List<String> columns = new ArrayList<>();
        for (String f : fieldNames) {
            model.field(f).ifPresentOrElse(fs -> columns.add(fs.column()), () -> problems.add(type.getName()
                    + ": " + (unique ? "@UniqueTogether" : "@Index") + " names unknown field '" + f + "'"));
        }
        if (fieldNames.length == 0) {
            problems.add(type.getName() + ": " + (unique ? "@UniqueTogether" : "@Index") + " names no fields");
        }
        String indexName = name.isEmpty() ? Names.derived(model.table(), columns, unique ? "uniq" : "idx") : name;
        check(type.getName() + ": index name", Names.identifierProblem(indexName));
        return new IndexState(indexName, List.of(fieldNames), unique);
    }

    private FieldState field(java.lang.reflect.Field f, String where) {
        Field opts = f.getAnnotation(Field.class);
        Id id = f.getAnnotation(Id.class);
        Class<?> javaType = f.getType();
        String column = opts != null && !opts.column().isEmpty() ? opts.column() : Names.snake(f.getName());
        boolean nullable = opts != null && opts.nullable();
        String defaultValue = opts == null || Field.NO_DEFAULT.equals(opts.defaultValue()) ? null : opts.defaultValue();
        boolean unique = opts != null && opts.unique();
        boolean indexed = opts != null && opts.index();

        if (appOf.containsKey(javaType) || f.isAnnotationPresent(ForeignKey.class)) {
            return foreignKey(f, where, opts, nullable, unique, indexed);
        }
        FieldType type = TypeMapping.of(javaType, opts != null && opts.text());
        if (type == null) {
            problems.add(where + ": unsupported type " + javaType.getName() + " (see docs/models.md for the types)");
            return null;
        }
        Integer maxLength = null;
        if (type == FieldType.STRING) {
            maxLength = opts != null && opts.maxLength() > 0 ? opts.maxLength() : javaType.isEnum() ? 50 : 255;
            if (opts != null && opts.maxLength() == 0) {
                problems.add(where + ": maxLength must be positive");
            }
            if (javaType.isEnum()) {
                for (Object constant : javaType.getEnumConstants()) {
                    if (constant.toString().length() > maxLength) {
                        problems.add(where + ": enum constant " + constant + " is longer than maxLength " + maxLength);
                    }
                }
            }
        }
        Integer precision = null;
        Integer scale = null;
        if (type == FieldType.DECIMAL) {
            precision = opts != null && opts.precision() > 0 ? opts.precision() : 19;
            scale = opts != null && opts.scale() >= 0 ? opts.scale() : 2;
            if (scale > precision) {
                problems.add(where + ": scale " + scale + " is larger than precision " + precision);
            }
        }
        boolean autoIncrement = id != null && id.autoIncrement();
        if (autoIncrement && type != FieldType.INT && type != FieldType.LONG && type != FieldType.SHORT) {
            problems.add(where + ": autoIncrement needs an integer type, not " + type.label());
        }
        if (id != null && nullable) {
            problems.add(where + ": a primary key cannot be nullable");
        }
        check(where + ": column name", Names.identifierProblem(column));
        FieldState state = new FieldState(f.getName(), column, type, maxLength, precision, scale, nullable,
                defaultValue, id != null, autoIncrement, unique && id == null, indexed && id == null, null);
        if (defaultValue != null) {
            String problem = javaType.isEnum() && Arrays.stream(javaType.getEnumConstants())
                    .noneMatch(c -> c.toString().equals(defaultValue))
                    ? "default '" + defaultValue + "' is not a constant of " + javaType.getSimpleName()
                    : Literals.problem(state, defaultValue);
            check(where, problem);
        }
        return state;
    }

    private FieldState foreignKey(java.lang.reflect.Field f, String where, Field opts, boolean nullable,
            boolean unique, boolean indexed) {
        Class<?> target = f.getType();
        String targetApp = appOf.get(target);
        if (targetApp == null) {
            problems.add(where + ": foreign key to unknown model " + target.getName()
                    + " (it is not listed in the models of any @App)");
            return null;
        }
        FieldState targetPk = targetPrimaryKey(target);
        if (targetPk == null) {
            problems.add(where + ": foreign key target " + target.getName() + " has no usable primary key");
            return null;
        }
        ForeignKey fk = f.getAnnotation(ForeignKey.class);
        OnDelete onDelete = fk == null ? OnDelete.CASCADE : fk.onDelete();
        if (onDelete == OnDelete.SET_NULL && !nullable) {
            problems.add(where + ": onDelete SET_NULL needs @Field(nullable = true)");
        }
        String column = opts != null && !opts.column().isEmpty() ? opts.column() : Names.snake(f.getName()) + "_id";
        check(where + ": column name", Names.identifierProblem(column));
        return new FieldState(f.getName(), column, targetPk.type(), targetPk.maxLength(), targetPk.precision(),
                targetPk.scale(), nullable, null, false, false, unique, indexed,
                new ForeignKeyRef(targetApp + "." + target.getSimpleName(), onDelete, fk == null || fk.constraint()));
    }

    /** The target's primary key type, without reporting its problems twice (they are reported on the target). */
    static FieldState targetPrimaryKey(Class<?> target) {
        for (java.lang.reflect.Field f : target.getDeclaredFields()) {
            if (f.isAnnotationPresent(Id.class)) {
                FieldType type = TypeMapping.of(f.getType(), false);
                if (type == null) {
                    return null;
                }
                Field opts = f.getAnnotation(Field.class);
                Integer max = type == FieldType.STRING ? (opts != null && opts.maxLength() > 0 ? opts.maxLength() : 255)
                        : null;
                return new FieldState("id", "id", type, max, null, null, false, null, true, false, false, false, null);
            }
        }
        return FieldState.of("id", "id", FieldType.LONG);
    }

    private void check(String where, String problem) {
        if (problem != null) {
            problems.add(where + " " + problem);
        }
    }
}
