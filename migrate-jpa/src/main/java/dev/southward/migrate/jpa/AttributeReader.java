package dev.southward.migrate.jpa;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.OnDelete;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the attributes of an entity that become columns of its own table: basic ones, embedded ones (flattened,
 * with {@code @AttributeOverride}) and the join column of a {@code @ManyToOne} or owning {@code @OneToOne}.
 * Collections go to {@link CollectionReader}. What it cannot map is a problem naming the class and member.
 */
final class AttributeReader {
    /** Annotations Southward does not map: each is an error rather than a silently different schema. */
    private static final List<Class<? extends Annotation>> UNSUPPORTED = List.of(jakarta.persistence.EmbeddedId.class,
            jakarta.persistence.MapsId.class, jakarta.persistence.Convert.class, jakarta.persistence.JoinColumns.class,
            jakarta.persistence.OrderColumn.class);

    private final Scan scan;

    AttributeReader(Scan scan) {
        this.scan = scan;
    }

    /**
     * Adds the columns of one attribute to {@code table}.
     *
     * @param owner         the entity the table belongs to
     * @param f             the field
     * @param table         the table
     * @param overrides     {@code @AttributeOverride}s in force, by attribute path relative to {@code f}'s container
     * @param prefix        the field-name prefix of an embedded attribute ({@code address_}), else empty
     * @param forceNullable true for a SINGLE_TABLE subclass's columns, which other subclasses' rows leave empty
     */
    void read(Entity owner, Field f, TableBuilder table, Map<String, Column> overrides, String prefix,
            boolean forceNullable) {
        String where = f.getDeclaringClass().getName() + "." + f.getName();
        for (Class<? extends Annotation> a : UNSUPPORTED) {
            if (f.isAnnotationPresent(a)) {
                scan.problems.add(where + ": @" + a.getSimpleName() + " is not supported (see docs/jpa.md)");
                return;
            }
        }
        if (f.isAnnotationPresent(ManyToOne.class) || f.isAnnotationPresent(OneToOne.class)) {
            toOne(owner, f, table, prefix, forceNullable, where);
        } else if (isEmbedded(f)) {
            embedded(owner, f, table, overrides, prefix, forceNullable, where);
        } else {
            FieldState basic = basic(f, f.getType(), overrides.get(f.getName()), prefix + f.getName(), where,
                    !prefix.isEmpty());
            if (basic != null) {
                table.add(forceNullable && !basic.primaryKey() ? basic.withNullable(true) : basic, where);
            }
        }
    }

    /** Whether the field is an embedded attribute: {@code @Embedded}, or of an {@code @Embeddable} type. */
    static boolean isEmbedded(Field f) {
        return f.isAnnotationPresent(Embedded.class) || f.getType().isAnnotationPresent(Embeddable.class);
    }

    /**
     * A basic attribute's field, or null after reporting why it cannot be mapped. A primitive is NOT NULL, but not
     * inside an embeddable (Hibernate lets a null embedded value null all its columns); a version is always NOT NULL.
     */
    FieldState basic(Field f, Class<?> javaType, Column override, String fieldName, String where,
            boolean embedded) {
        Column column = override != null ? override : f.getAnnotation(Column.class);
        if (column != null && !column.columnDefinition().isEmpty()) {
            scan.problems.add(where + ": @Column(columnDefinition) is not supported: the type would be whatever the SQL"
                    + " says (see docs/jpa.md)");
            return null;
        }
        JpaTypes.ColumnType type = JpaTypes.of(javaType, f, column);
        if (type == null) {
            scan.problems.add(where + ": unsupported type " + javaType.getName()
                    + (f.isAnnotationPresent(jakarta.persistence.Lob.class) ? " with @Lob" : "") + " (see docs/jpa.md)");
            return null;
        }
        boolean id = f.isAnnotationPresent(Id.class);
        boolean autoIncrement = id && generated(f, type.type(), where);
        Basic basic = f.getAnnotation(Basic.class);
        boolean nullable = !id && !f.isAnnotationPresent(jakarta.persistence.Version.class)
                && (embedded || !javaType.isPrimitive()) && (column == null || column.nullable())
                && (basic == null || basic.optional());
        String logical = column != null && !column.name().isEmpty() ? column.name() : f.getName();
        return new FieldState(fieldName, scan.naming.physical(logical), type.type(), type.maxLength(),
                type.precision(), type.scale(), nullable, null, id, autoIncrement, column != null && column.unique() && !id,
                false, null, type.values());
    }

    /** Whether the database generates the key: IDENTITY only; SEQUENCE, TABLE and AUTO need objects Southward lacks. */
    private boolean generated(Field f, FieldType type, String where) {
        GeneratedValue g = f.getAnnotation(GeneratedValue.class);
        if (g == null || g.strategy() == GenerationType.UUID) {
            return false;
        }
        if (g.strategy() != GenerationType.IDENTITY) {
            scan.problems.add(where + ": @GeneratedValue(strategy = " + g.strategy() + ") needs a sequence (H2, MariaDB)"
                    + " or a table of next values (MySQL, or TABLE anywhere) that Southward does not create;"
                    + " use GenerationType.IDENTITY (see docs/jpa.md)");
            return false;
        }
        if (type != FieldType.INT && type != FieldType.LONG && type != FieldType.SHORT) {
            scan.problems.add(where + ": IDENTITY needs an integer key, not " + type.label());
            return false;
        }
        return true;
    }

    private void embedded(Entity owner, Field f, TableBuilder table, Map<String, Column> overrides, String prefix,
            boolean forceNullable, String where) {
        Class<?> type = f.getType();
        if (!type.isAnnotationPresent(Embeddable.class)) {
            scan.problems.add(where + ": @Embedded type " + type.getName() + " is not @Embeddable");
            return;
        }
        Map<String, Column> inner = new HashMap<>();
        String path = f.getName() + ".";
        overrides.forEach((k, v) -> {
            if (k.startsWith(path)) {
                inner.put(k.substring(path.length()), v);
            }
        });
        for (AttributeOverride o : f.getAnnotationsByType(AttributeOverride.class)) {
            inner.putIfAbsent(o.name(), o.column());
        }
        for (Field e : Scan.persistentFields(type)) {
            read(owner, e, table, inner, prefix + f.getName() + "_", forceNullable);
        }
    }

    private void toOne(Entity owner, Field f, TableBuilder table, String prefix, boolean forceNullable, String where) {
        OneToOne one = f.getAnnotation(OneToOne.class);
        if (one != null && !one.mappedBy().isEmpty()) {
            return; // the other side owns the key
        }
        Entity target = scan.entity(f.getType(), where);
        if (target == null) {
            return;
        }
        FieldState targetPk = scan.primaryKey(target.type());
        if (targetPk == null) {
            return;
        }
        JoinColumn join = f.getAnnotation(JoinColumn.class);
        if (join != null && !join.referencedColumnName().isEmpty()
                && !scan.naming.physical(join.referencedColumnName()).equalsIgnoreCase(targetPk.column())) {
            scan.problems.add(where + ": a join column must reference the primary key of " + target.name()
                    + " (referencedColumnName '" + join.referencedColumnName() + "')");
            return;
        }
        boolean optional = one != null ? one.optional() : f.getAnnotation(ManyToOne.class).optional();
        boolean nullable = forceNullable || optional && (join == null || join.nullable());
        String logical = join != null && !join.name().isEmpty() ? join.name()
                : f.getName() + "_" + targetPk.column();
        boolean unique = one != null || join != null && join.unique();
        FieldState field = new FieldState(prefix + f.getName(), scan.naming.physical(logical), targetPk.type(),
                targetPk.maxLength(), targetPk.precision(), targetPk.scale(), nullable, null, false, false, unique,
                false, new ForeignKeyRef(target.modelKey(), OnDelete.RESTRICT), targetPk.values());
        table.add(field, where);
    }
}
