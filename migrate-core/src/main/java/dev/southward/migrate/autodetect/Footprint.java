package dev.southward.migrate.autodetect;

import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.AddIndex;
import dev.southward.migrate.operation.AlterField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.DeleteModel;
import dev.southward.migrate.operation.MoveModel;
import dev.southward.migrate.operation.AlterModelOptions;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.operation.RemoveField;
import dev.southward.migrate.operation.RemoveIndex;
import dev.southward.migrate.operation.RenameField;
import dev.southward.migrate.operation.RenameModel;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one generated operation creates, uses and removes: models, tables, fields, indexes and primary keys, each
 * named by a string such as {@code model:app.B} or {@code field:app.A.b}. {@link OperationGraph} derives the order
 * from these: a creator runs before the users of what it creates, users before the remover, and a remover before a
 * creator of the same name (a table or index name freed and taken again).
 *
 * <p>A primary key whose column changes is two resources: {@code oldkey:M}, which the operations dropping a foreign
 * key to M use (they run first), and {@code key:M}, which the operations adding or following a foreign key to M use
 * (they run after).
 */
record Footprint(Set<String> creates, Set<String> uses, Set<String> removes) {

    /**
     * The footprint of {@code op}.
     *
     * @param app     the app of the operations
     * @param op      the operation
     * @param from    the state before: the old table of a renamed model
     * @param renamed the state after the accepted renames: old definitions of removed and altered things
     * @param removed fields removed by a separate operation ({@code app.Model.field}), not part of a delete
     * @return what it creates, uses and removes
     */
    static Footprint of(String app, Operation op, ProjectState from, ProjectState renamed, Set<String> removed) {
        Footprint f = new Footprint(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        String prefix = app + ".";
        if (op instanceof CreateModel c) {
            f.creates.add("model:" + prefix + c.name());
            f.creates.add("table:" + c.table());
            c.fields().forEach(x -> f.addsReference(x.foreignKey(), prefix + c.name()));
        } else if (op instanceof DeleteModel d) {
            ModelState m = renamed.requireModel(app, d.name());
            f.removes.add("model:" + m.key());
            f.removes.add("table:" + m.table());
            m.fields().stream().filter(x -> !removed.contains(m.key() + "." + x.name()))
                    .forEach(x -> f.dropsReference(x.foreignKey(), m.key()));
        } else if (op instanceof AddField a) {
            f.onModel(prefix + a.model());
            f.creates.add("field:" + prefix + a.model() + "." + a.field().name());
            f.addsReference(a.field().foreignKey(), prefix + a.model());
        } else if (op instanceof RemoveField r) {
            FieldState old = renamed.requireModel(app, r.model()).requireField(r.name());
            f.onModel(prefix + r.model());
            f.removes.add("field:" + prefix + r.model() + "." + r.name());
            f.dropsReference(old.foreignKey(), prefix + r.model());
        } else if (op instanceof AlterField a) {
            f.altered(renamed.requireModel(app, a.model()), a.field());
        } else if (op instanceof RenameModel r) {
            f.renamedModel(from, app, r);
        } else if (op instanceof RenameField r) {
            f.onModel(prefix + r.model());
            f.creates.add("field:" + prefix + r.model() + "." + r.to());
            if (!r.from().equals(r.to())) {
                f.removes.add("field:" + prefix + r.model() + "." + r.from());
            }
        } else if (op instanceof MoveModel m) {
            f.creates.add("model:" + prefix + m.name());
            f.creates.add("table:" + m.table());
            renamed.model(app, m.name()).ifPresent(x -> x.fields()
                    .forEach(y -> f.addsReference(y.foreignKey(), prefix + m.name())));
            from.model(m.from()).filter(x -> !x.table().equals(m.table())).ifPresent(x -> f.removes.add("table:" + x.table()));
        } else if (op instanceof AlterModelOptions o) {
            f.onModel(prefix + o.name());
        } else if (op instanceof AddIndex a) {
            f.onModel(prefix + a.model());
            f.creates.add("index:" + a.index().name());
            a.index().fields().forEach(x -> f.uses.add("field:" + prefix + a.model() + "." + x));
        } else if (op instanceof RemoveIndex r) {
            f.onModel(prefix + r.model());
            f.removes.add("index:" + r.name());
            renamed.requireModel(app, r.model()).index(r.name()).ifPresent(i -> i.fields()
                    .forEach(x -> f.uses.add("field:" + prefix + r.model() + "." + x)));
        }
        f.uses.removeAll(f.creates);
        f.uses.removeAll(f.removes);
        return f;
    }

    private void onModel(String key) {
        uses.add("model:" + key);
    }

    /** A new foreign key needs its target and the target's final key (a self reference too: its model's key). */
    private void addsReference(ForeignKeyRef fk, String from) {
        if (fk != null) {
            uses.add("key:" + fk.model());
            if (!fk.model().equals(from)) {
                uses.add("model:" + fk.model());
            }
        }
    }

    /** A dropped foreign key goes before its target and before the target's key (a self reference too) changes. */
    private void dropsReference(ForeignKeyRef fk, String from) {
        if (fk != null) {
            uses.add("oldkey:" + fk.model());
            if (!fk.model().equals(from)) {
                uses.add("model:" + fk.model());
            }
        }
    }

    private void altered(ModelState model, FieldState now) {
        FieldState old = model.requireField(now.name());
        onModel(model.key());
        uses.add("field:" + model.key() + "." + now.name());
        boolean definition = !old.sameColumnDefinition(now);
        if ((old.primaryKey() || now.primaryKey()) && (definition || old.primaryKey() != now.primaryKey())) {
            creates.add("key:" + model.key());
            removes.add("oldkey:" + model.key());
        }
        boolean retargeted = !Objects.equals(old.foreignKey() == null ? null : old.foreignKey().model(),
                now.foreignKey() == null ? null : now.foreignKey().model());
        if (retargeted) {
            dropsReference(old.foreignKey(), model.key());
            addsReference(now.foreignKey(), model.key());
        } else if (definition) {
            addsReference(now.foreignKey(), model.key()); // follows its target's key
        } else if (now.foreignKey() != null) {
            // The key change took this column along already; this change starts from there.
            uses.add("key:" + now.foreignKey().model());
            if (!now.foreignKey().model().equals(model.key())) {
                uses.add("model:" + now.foreignKey().model());
            }
        }
    }

    private void renamedModel(ProjectState from, String app, RenameModel r) {
        creates.add("model:" + app + "." + r.to());
        creates.add("table:" + r.table());
        if (!r.from().equals(r.to())) {
            removes.add("model:" + app + "." + r.from());
        }
        from.model(app, r.from()).filter(m -> !m.table().equals(r.table())).ifPresent(m -> removes.add("table:" + m.table()));
    }
}
