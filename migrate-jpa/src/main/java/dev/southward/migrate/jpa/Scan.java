package dev.southward.migrate.jpa;

import dev.southward.migrate.ModelDefinitionException;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.OnDelete;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One scan of the entities of all apps: resolves hierarchies and tables, then builds every model. */
final class Scan {
    final JpaNaming naming;
    final List<String> problems = new ArrayList<>();
    final List<ModelState> extra = new ArrayList<>();
    private final Map<Class<?>, Entity> entities = new LinkedHashMap<>();
    private final Map<Class<?>, FieldState> primaryKeys = new HashMap<>();
    private final Map<String, List<FieldState>> foreignColumns = new LinkedHashMap<>();
    private final Map<String, String> foreignWhere = new HashMap<>();

    Scan(JpaNaming naming) {
        this.naming = naming;
    }

    /**
     * Scans the apps' classes.
     *
     * @param apps app name to its classes: entities; mapped superclasses and embeddables may be listed too
     * @return the models of all apps
     * @throws ModelDefinitionException listing every problem
     */
    List<ModelState> run(Map<String, List<Class<?>>> apps) {
        apps.forEach((app, classes) -> classes.forEach(c -> register(app, c)));
        List<Entity> resolved = new ArrayList<>();
        entities.keySet().forEach(c -> resolved.add(resolve(c)));
        resolved.forEach(e -> entities.put(e.type(), e));
        List<ModelState> models = new ArrayList<>();
        for (Entity e : resolved) {
            boolean abstractUnion = e.strategy() == InheritanceType.TABLE_PER_CLASS
                    && Modifier.isAbstract(e.type().getModifiers()); // Hibernate creates no table for it
            if (!(e.isSubclass() && e.strategy() == InheritanceType.SINGLE_TABLE) && !abstractUnion) {
                models.add(model(e));
            }
        }
        models.replaceAll(this::withForeignColumns);
        models.addAll(extra);
        if (!problems.isEmpty()) {
            throw new ModelDefinitionException(problems);
        }
        return models;
    }

    private void register(String app, Class<?> c) {
        if (c.isAnnotationPresent(jakarta.persistence.Entity.class)) {
            Entity previous = entities.putIfAbsent(c, new Entity(c, app, null, null, null, null, null));
            if (previous != null && !previous.app().equals(app)) {
                problems.add(c.getName() + ": listed in both apps '" + previous.app() + "' and '" + app + "'");
            }
        } else if (!c.isAnnotationPresent(MappedSuperclass.class) && !c.isAnnotationPresent(Embeddable.class)) {
            problems.add(c.getName() + ": not an @Entity, @MappedSuperclass or @Embeddable");
        }
    }

    /** The entity with its root, strategy and table. */
    private Entity resolve(Class<?> c) {
        String app = entities.get(c).app();
        Class<?> root = c;
        for (Class<?> s = c.getSuperclass(); s != null; s = s.getSuperclass()) {
            if (s.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                root = s;
                if (!entities.containsKey(s)) {
                    problems.add(c.getName() + ": its entity superclass " + s.getName() + " is not listed in an app");
                } else if (!entities.get(s).app().equals(app)) {
                    problems.add(c.getName() + ": its entity superclass " + s.getName() + " is in another app");
                }
            }
        }
        if (root != c && c.isAnnotationPresent(Inheritance.class)) {
            problems.add(c.getName() + ": @Inheritance belongs on the root entity " + root.getName());
        }
        Inheritance inheritance = root.getAnnotation(Inheritance.class);
        InheritanceType strategy = inheritance == null ? InheritanceType.SINGLE_TABLE : inheritance.strategy();
        Class<?> owner = strategy == InheritanceType.SINGLE_TABLE ? root : c;
        Table table = owner.getAnnotation(Table.class);
        if (owner != c && c.isAnnotationPresent(Table.class)) {
            problems.add(c.getName() + ": @Table on a SINGLE_TABLE subclass (its rows are in " + root.getName() + ")");
        }
        if (table != null && (!table.schema().isEmpty() || !table.catalog().isEmpty())) {
            problems.add(owner.getName() + ": @Table(schema, catalog) is not supported");
        }
        String logical = table != null && !table.name().isEmpty() ? table.name() : entityName(owner);
        return new Entity(c, app, entityName(c), root, strategy, entityName(owner), naming.physical(logical));
    }

    /**
     * A key column that another entity's {@code @OneToMany @JoinColumn} puts into {@code target}'s table.
     *
     * @param target the entity whose table gets the column
     * @param column the column
     * @param where  the attribute, for messages
     */
    void foreignColumn(Entity target, FieldState column, String where) {
        foreignColumns.computeIfAbsent(target.modelKey(), k -> new ArrayList<>()).add(column);
        foreignWhere.put(target.modelKey() + "." + column.column(), where);
    }

    private ModelState withForeignColumns(ModelState model) {
        ModelState out = model;
        for (FieldState c : foreignColumns.getOrDefault(model.key(), List.of())) {
            FieldState existing = out.fields().stream().filter(f -> f.column().equalsIgnoreCase(c.column()))
                    .findFirst().orElse(null);
            if (existing == null) {
                out = out.withField(c);
            } else if (!existing.sameColumnType(c) || !java.util.Objects.equals(existing.foreignKey(), c.foreignKey())) {
                problems.add(foreignWhere.get(model.key() + "." + c.column()) + ": join column '" + c.column()
                        + "' is already mapped in table " + model.table() + " as " + existing.describe());
            }
        }
        return out;
    }

    static String entityName(Class<?> c) {
        String name = c.getAnnotation(jakarta.persistence.Entity.class).name();
        return name.isEmpty() ? c.getName().substring(c.getName().lastIndexOf('.') + 1) : name;
    }

    /** The scanned entity of a class, or null after reporting that {@code where} refers to an unknown one. */
    Entity entity(Class<?> type, String where) {
        Entity e = entities.get(type);
        if (e == null) {
            problems.add(where + ": refers to " + type.getName() + ", which is not an entity listed in an app");
        }
        return e;
    }

    /** The primary key column of an entity's table (type and physical name), or null after reporting. */
    FieldState primaryKey(Class<?> type) {
        Entity e = entities.get(type);
        Class<?> root = e.root() == null ? type : e.root();
        if (primaryKeys.containsKey(type)) {
            return primaryKeys.get(type);
        }
        FieldState pk = null;
        for (Field f : hierarchyFields(root, null)) {
            if (f.isAnnotationPresent(Id.class)) {
                pk = new AttributeReader(this).basic(f, f.getType(), overrides(root).get(f.getName()), f.getName(),
                        f.getDeclaringClass().getName() + "." + f.getName(), false);
                break;
            }
        }
        if (pk == null) {
            boolean onMethod = Arrays.stream(root.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(Id.class));
            problems.add(root.getName() + ": no @Id field" + (onMethod
                    ? " (property access, annotations on getters, is not supported: annotate the fields)" : ""));
        } else if (type != root && e.strategy() == InheritanceType.JOINED) {
            PrimaryKeyJoinColumn pkj = type.getAnnotation(PrimaryKeyJoinColumn.class);
            String column = pkj != null && !pkj.name().isEmpty() ? naming.physical(pkj.name()) : pk.column();
            pk = pk.withName(pk.name(), column);
        }
        primaryKeys.put(type, pk);
        return pk;
    }

    private ModelState model(Entity e) {
        TableBuilder table = new TableBuilder(e.app(), e.model(), e.table(), null, problems);
        AttributeReader attributes = new AttributeReader(this);
        Map<String, Column> overrides = overrides(e.type());
        Class<?> parent = entityParent(e.type());
        List<Field> own;
        if (e.strategy() == InheritanceType.JOINED && e.isSubclass()) {
            FieldState pk = primaryKey(e.type());
            if (pk != null) {
                table.add(new FieldState(pk.name(), pk.column(), pk.type(), pk.maxLength(), pk.precision(), pk.scale(),
                        false, null, true, false, false, false,
                        new ForeignKeyRef(entities.get(parent).modelKey(), OnDelete.RESTRICT), pk.values()),
                        e.type().getName());
            }
            own = hierarchyFields(e.type(), parent);
        } else {
            own = hierarchyFields(e.type(), null);
        }
        discriminator(e, table);
        own.forEach(f -> attribute(e, f, table, overrides, false, attributes));
        if (e.strategy() == InheritanceType.SINGLE_TABLE) {
            for (Entity sub : entities.values()) {
                if (sub.isSubclass() && sub.root() == e.type()) {
                    Map<String, Column> subOverrides = overrides(sub.type());
                    hierarchyFields(sub.type(), entityParent(sub.type()))
                            .forEach(f -> attribute(sub, f, table, subOverrides, true, attributes));
                }
            }
        }
        Table t = e.type().getAnnotation(Table.class);
        if (t != null) {
            for (jakarta.persistence.Index i : t.indexes()) {
                table.index(i.name(), columnList(i.columnList(), e.type().getName()), i.unique(), e.type().getName());
            }
            for (jakarta.persistence.UniqueConstraint u : t.uniqueConstraints()) {
                table.index(u.name(), Arrays.stream(u.columnNames()).map(naming::physical).toList(), true,
                        e.type().getName());
            }
        }
        return table.build();
    }

    private void attribute(Entity e, Field f, TableBuilder table, Map<String, Column> overrides, boolean nullable,
            AttributeReader attributes) {
        if (CollectionReader.isCollection(f)) {
            new CollectionReader(this).read(e, f);
        } else {
            attributes.read(e, f, table, overrides, "", nullable);
        }
    }

    /** SINGLE_TABLE with subclasses, or any strategy with {@code @DiscriminatorColumn}: Hibernate's DTYPE column. */
    private void discriminator(Entity e, TableBuilder table) {
        if (e.isSubclass()) {
            return;
        }
        DiscriminatorColumn d = e.type().getAnnotation(DiscriminatorColumn.class);
        boolean subclasses = entities.values().stream().anyMatch(s -> s.isSubclass() && s.root() == e.type());
        if (d == null && !(subclasses && e.strategy() == InheritanceType.SINGLE_TABLE)) {
            return;
        }
        String column = naming.physical(d == null || d.name().isEmpty() ? "DTYPE" : d.name());
        jakarta.persistence.DiscriminatorType type = d == null ? jakarta.persistence.DiscriminatorType.STRING
                : d.discriminatorType();
        FieldState f = switch (type) {
            case STRING -> new FieldState(column, column, FieldType.STRING, d == null ? 31 : d.length(), null, null,
                    false, null, false, false, false, false, null);
            case INTEGER -> new FieldState(column, column, FieldType.INT, null, null, null, false, null, false, false,
                    false, false, null);
            case CHAR -> null;
        };
        if (f == null) {
            problems.add(e.type().getName() + ": a CHAR discriminator is not supported (see docs/jpa.md)");
        } else {
            table.add(f, e.type().getName());
        }
    }

    private List<String> columnList(String list, String where) {
        List<String> columns = new ArrayList<>();
        for (String part : list.split(",")) {
            String[] words = part.trim().split("\\s+");
            if (words.length > 2 || words.length == 2 && !words[1].equalsIgnoreCase("ASC")) {
                problems.add(where + ": index column '" + part.trim() + "' (only ascending columns are supported)");
            }
            columns.add(naming.physical(words[0]));
        }
        return columns;
    }

    /** Class-level {@code @AttributeOverride}s of an entity and its superclasses (the nearest wins). */
    private static Map<String, Column> overrides(Class<?> type) {
        Map<String, Column> out = new HashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (AttributeOverride o : c.getAnnotationsByType(AttributeOverride.class)) {
                out.putIfAbsent(o.name(), o.column());
            }
        }
        return out;
    }

    /** The nearest entity superclass, or null. */
    private static Class<?> entityParent(Class<?> type) {
        for (Class<?> s = type.getSuperclass(); s != null; s = s.getSuperclass()) {
            if (s.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The persistent fields of {@code type} and of its mapped superclasses (and entity superclasses) up to
     * {@code stop} (exclusive), the topmost class's first.
     */
    static List<Field> hierarchyFields(Class<?> type, Class<?> stop) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != stop && c != Object.class; c = c.getSuperclass()) {
            if (c == type || c.isAnnotationPresent(MappedSuperclass.class)
                    || c.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                chain.add(0, c);
            }
        }
        List<Field> out = new ArrayList<>();
        chain.forEach(c -> out.addAll(persistentFields(c)));
        return out;
    }

    /** The declared fields that persist: not static, not {@code transient}, not {@code @Transient}. */
    static List<Field> persistentFields(Class<?> c) {
        return Arrays.stream(c.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())
                        && !f.isSynthetic() && !f.isAnnotationPresent(Transient.class))
                .toList();
    }
}
