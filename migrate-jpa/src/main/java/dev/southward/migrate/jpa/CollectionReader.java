package dev.southward.migrate.jpa;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.OnDelete;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collection attributes: {@code @OneToMany(mappedBy)} and the inverse {@code @ManyToMany(mappedBy)} have no column;
 * an owning {@code @ManyToMany} gets a join table, an {@code @ElementCollection} a collection table. A {@code Set}
 * gives Hibernate's key (the join table's primary key, the collection table's unique constraint); a list or bag none.
 */
final class CollectionReader {
    private final Scan scan;

    CollectionReader(Scan scan) {
        this.scan = scan;
    }

    /** Whether the field is a collection attribute (or a collection type, which needs one of the annotations). */
    static boolean isCollection(Field f) {
        return Collection.class.isAssignableFrom(f.getType()) || Map.class.isAssignableFrom(f.getType())
                || f.isAnnotationPresent(ManyToMany.class) || f.isAnnotationPresent(OneToMany.class)
                || f.isAnnotationPresent(ElementCollection.class);
    }

    /** Reads a collection attribute of {@code owner}: its join or collection table, if any, joins the models. */
    void read(Entity owner, Field f) {
        String where = f.getDeclaringClass().getName() + "." + f.getName();
        if (Map.class.isAssignableFrom(f.getType())) {
            scan.problems.add(where + ": Map attributes are not supported (see docs/jpa.md)");
            return;
        }
        if (f.isAnnotationPresent(jakarta.persistence.OrderColumn.class)) {
            scan.problems.add(where + ": @OrderColumn is not supported (see docs/jpa.md)");
            return;
        }
        OneToMany oneToMany = f.getAnnotation(OneToMany.class);
        ManyToMany manyToMany = f.getAnnotation(ManyToMany.class);
        if (oneToMany != null) {
            if (oneToMany.mappedBy().isEmpty()) {
                oneToManyJoinColumn(owner, f, where);
            }
            return;
        }
        if (manyToMany != null) {
            if (manyToMany.mappedBy().isEmpty()) {
                manyToMany(owner, f, where);
            }
            return;
        }
        if (f.isAnnotationPresent(ElementCollection.class)) {
            elementCollection(owner, f, where);
            return;
        }
        scan.problems.add(where + ": a collection needs @OneToMany(mappedBy), @ManyToMany or @ElementCollection");
    }

    /**
     * A unidirectional {@code @OneToMany @JoinColumn(name)}: a nullable key column in the other entity's table. A
     * unidirectional one without {@code @JoinColumn} would need a join table, which Southward does not map.
     */
    private void oneToManyJoinColumn(Entity owner, Field f, String where) {
        JoinColumn join = f.getAnnotation(JoinColumn.class);
        if (join == null || join.name().isEmpty()) {
            scan.problems.add(where + ": @OneToMany without mappedBy needs @JoinColumn(name = ...) (a join table is"
                    + " not supported; see docs/jpa.md)");
            return;
        }
        Class<?> element = elementType(f, where);
        Entity target = element == null ? null : scan.entity(element, where);
        FieldState ownerPk = scan.primaryKey(owner.type());
        if (target == null || ownerPk == null) {
            return;
        }
        String column = scan.naming.physical(join.name());
        scan.foreignColumn(target, new FieldState(column, column, ownerPk.type(), ownerPk.maxLength(),
                ownerPk.precision(), ownerPk.scale(), join.nullable(), null, false, false, join.unique(), false,
                new ForeignKeyRef(owner.modelKey(), OnDelete.RESTRICT), ownerPk.values()), where);
    }

    private void manyToMany(Entity owner, Field f, String where) {
        Class<?> element = elementType(f, where);
        Entity target = element == null ? null : scan.entity(element, where);
        FieldState ownerPk = scan.primaryKey(owner.type());
        FieldState targetPk = target == null ? null : scan.primaryKey(target.type());
        if (ownerPk == null || targetPk == null) {
            return;
        }
        JoinTable jt = f.getAnnotation(JoinTable.class);
        String logicalTable = jt != null && !jt.name().isEmpty() ? jt.name()
                : scan.naming.joinTable(owner.table(), f.getName(), target.table());
        TableBuilder table = new TableBuilder(owner.app(), owner.name() + "_" + f.getName(),
                scan.naming.physical(logicalTable), owner.name() + "." + f.getName(), scan.problems);
        // JPA: the owner's column is named after the inverse attribute when the relation is bidirectional.
        String inverse = inverseAttribute(target.type(), f.getName());
        String ownerColumn = joinColumnName(jt == null ? null : jt.joinColumns(),
                (inverse != null ? inverse : owner.name()) + "_" + ownerPk.column(), where);
        String targetColumn = joinColumnName(jt == null ? null : jt.inverseJoinColumns(),
                f.getName() + "_" + targetPk.column(), where);
        boolean set = Set.class.isAssignableFrom(f.getType());
        List<FieldState> columns = new ArrayList<>(List.of(reference(ownerColumn, ownerPk, owner, set),
                reference(targetColumn, targetPk, target, set)));
        // Hibernate orders a join table's columns, and so its primary key, by size, then by name.
        columns.sort(KeyOrder.HIBERNATE);
        columns.forEach(c -> table.add(c, where));
        scan.extra.add(table.build());
    }

    private void elementCollection(Entity owner, Field f, String where) {
        Class<?> element = elementType(f, where);
        FieldState ownerPk = scan.primaryKey(owner.type());
        if (element == null || ownerPk == null) {
            return;
        }
        CollectionTable ct = f.getAnnotation(CollectionTable.class);
        String logicalTable = ct != null && !ct.name().isEmpty() ? ct.name() : owner.name() + "_" + f.getName();
        TableBuilder table = new TableBuilder(owner.app(), owner.name() + "_" + f.getName(),
                scan.naming.physical(logicalTable), owner.name() + "." + f.getName(), scan.problems);
        String ownerColumn = joinColumnName(ct == null ? null : ct.joinColumns(), owner.name() + "_" + ownerPk.column(),
                where);
        table.add(reference(ownerColumn, ownerPk, owner, false), where);
        AttributeReader attributes = new AttributeReader(scan);
        if (element.isAnnotationPresent(Embeddable.class)) {
            // The collection's @AttributeOverride(s) name the embeddable's attributes ("street", "address.zip").
            Map<String, Column> overrides = new HashMap<>();
            for (AttributeOverride o : f.getAnnotationsByType(AttributeOverride.class)) {
                overrides.put(o.name(), o.column());
            }
            for (Field e : Scan.persistentFields(element)) {
                String at = element.getName() + "." + e.getName();
                if (AttributeReader.isEmbedded(e) || e.isAnnotationPresent(ManyToOne.class)
                        || e.isAnnotationPresent(OneToOne.class)) {
                    attributes.read(owner, e, table, overrides, "", false);
                } else {
                    // Nullable even when primitive, as in an embedded attribute.
                    FieldState value = attributes.basic(e, e.getType(), overrides.get(e.getName()), e.getName(), at,
                            true);
                    if (value != null) {
                        table.add(value, where);
                    }
                }
            }
        } else {
            FieldState value = attributes.basic(f, element, f.getAnnotation(Column.class), f.getName(), where, false);
            if (value != null) {
                table.add(value, where);
            }
        }
        if (Set.class.isAssignableFrom(f.getType())) {
            table.index("", uniqueColumns(table, element), true, where);
        }
        scan.extra.add(table.build());
    }

    /**
     * The columns of a set's unique key in Hibernate's order: the owner's key, then the value, or the embeddable's
     * attributes sorted by name (Hibernate sorts an embeddable's attributes), a nested embeddable's in its place.
     */
    private static List<String> uniqueColumns(TableBuilder table, Class<?> element) {
        String ownerColumn = table.columns().get(0); // added first
        List<String> out = new ArrayList<>();
        out.add(ownerColumn);
        if (!element.isAnnotationPresent(Embeddable.class)) {
            table.columns().stream().filter(c -> !c.equals(ownerColumn)).forEach(out::add);
            return out;
        }
        List<String> fieldNames = new ArrayList<>();
        attributeOrder(element, "", fieldNames);
        Map<String, String> columnOf = new HashMap<>();
        table.build().fields().forEach(f -> columnOf.put(f.name(), f.column()));
        fieldNames.stream().map(columnOf::get).filter(Objects::nonNull).forEach(out::add);
        return out;
    }

    /** The field names an embeddable's attributes get (nested ones prefixed {@code address_}), sorted as Hibernate does. */
    private static void attributeOrder(Class<?> embeddable, String prefix, List<String> out) {
        List<Field> fields = new ArrayList<>(Scan.persistentFields(embeddable));
        fields.sort(Comparator.comparing(Field::getName));
        for (Field e : fields) {
            if (AttributeReader.isEmbedded(e)) {
                attributeOrder(e.getType(), prefix + e.getName() + "_", out);
            } else {
                out.add(prefix + e.getName());
            }
        }
    }

    /** A join or collection table's reference to an entity: not null, part of the key of a set's join table. */
    private FieldState reference(String column, FieldState pk, Entity target, boolean primaryKey) {
        String physical = scan.naming.physical(column);
        return new FieldState(physical, physical, pk.type(), pk.maxLength(), pk.precision(), pk.scale(), false, null,
                primaryKey, false, false, false, new ForeignKeyRef(target.modelKey(), OnDelete.RESTRICT), pk.values());
    }

    private String joinColumnName(JoinColumn[] given, String implicit, String where) {
        if (given == null || given.length == 0) {
            return implicit;
        }
        if (given.length > 1) {
            scan.problems.add(where + ": more than one join column (a composite key) is not supported");
        }
        return given[0].name().isEmpty() ? implicit : given[0].name();
    }

    /** The attribute of {@code target} that is {@code @ManyToMany(mappedBy = attribute)}, or null. */
    private static String inverseAttribute(Class<?> target, String attribute) {
        for (Class<?> c = target; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field g : c.getDeclaredFields()) {
                ManyToMany m = g.getAnnotation(ManyToMany.class);
                if (m != null && m.mappedBy().equals(attribute)) {
                    return g.getName();
                }
            }
        }
        return null;
    }

    private Class<?> elementType(Field f, String where) {
        Type generic = f.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        scan.problems.add(where + ": the collection's element type must be a class (" + generic.getTypeName() + ")");
        return null;
    }
}
