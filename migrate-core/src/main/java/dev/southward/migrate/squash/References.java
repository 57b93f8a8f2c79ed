package dev.southward.migrate.squash;

import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.AddIndex;
import dev.southward.migrate.operation.AlterField;
import dev.southward.migrate.operation.AlterModelOptions;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.DeleteModel;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.operation.RemoveField;
import dev.southward.migrate.operation.RemoveIndex;
import dev.southward.migrate.operation.RenameField;
import dev.southward.migrate.operation.RenameModel;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What an operation changes and what it only uses, for the optimizer. A model is two things: {@code model:app.M}, its
 * existence, name, table and primary key (what a foreign key to it relies on), and {@code fields:app.M}, its other
 * columns and its indexes; tables ({@code table:t}) and index names ({@code index:i}) are global. Two operations
 * commute, and may be moved past each other, unless one changes something the other changes or uses: adding a
 * field to {@code M} commutes with creating a model whose foreign key points at {@code M}; deleting {@code M} does
 * not. Data migrations, moves between apps and anything unknown are barriers ({@link #BARRIER}).
 *
 * @param changes what the operation changes
 * @param uses    what it relies on without changing it
 */
record References(Set<String> changes, Set<String> uses) {
    /** A data migration or a move: conflicts with everything. */
    static final References BARRIER = new References(Set.of("*"), Set.of("*"));

    /**
     * What {@code op} changes and uses.
     *
     * @param app    its app
     * @param op     the operation
     * @param before the project state just before it
     * @return its references, or {@link #BARRIER}
     */
    static References of(String app, Operation op, ProjectState before) {
        References r = new References(new HashSet<>(), new HashSet<>());
        String prefix = app + ".";
        if (op instanceof CreateModel c) {
            r.whole(prefix + c.name(), c.table());
            c.fields().forEach(f -> r.target(f, prefix + c.name()));
            c.indexes().forEach(i -> r.changes.add("index:" + i.name()));
            if (c.joinFor() != null && c.joinFor().contains(".")) {
                r.uses.add("fields:" + prefix + c.joinFor().substring(0, c.joinFor().indexOf('.')));
            }
        } else if (op instanceof DeleteModel d) {
            r.existing(app, d.name(), before);
        } else if (op instanceof AddField a) {
            r.field(prefix + a.model(), a.field());
        } else if (op instanceof RemoveField x) {
            r.field(prefix + x.model(), old(before, app, x.model(), x.name()));
        } else if (op instanceof AlterField a) {
            r.field(prefix + a.model(), a.field());
            r.field(prefix + a.model(), old(before, app, a.model(), a.field().name()));
        } else if (op instanceof RenameField x) {
            r.field(prefix + x.model(), old(before, app, x.model(), x.from()));
        } else if (op instanceof RenameModel x) {
            r.existing(app, x.from(), before);
            r.whole(prefix + x.to(), x.table());
        } else if (op instanceof AddIndex a) {
            r.field(prefix + a.model(), null);
            r.changes.add("index:" + a.index().name());
        } else if (op instanceof RemoveIndex x) {
            r.field(prefix + x.model(), null);
            r.changes.add("index:" + x.name());
        } else if (op instanceof AlterModelOptions o) {
            r.existing(app, o.name(), before);
        } else {
            return BARRIER; // RunSql, RunJava, MoveModel, ModelMoved
        }
        r.uses.removeAll(r.changes);
        return r;
    }

    /** What two folded operations touch together. */
    References plus(References other) {
        if (this == BARRIER || other == BARRIER) {
            return BARRIER;
        }
        References r = new References(new HashSet<>(changes), new HashSet<>(uses));
        r.changes.addAll(other.changes);
        r.uses.addAll(other.uses);
        r.uses.removeAll(r.changes);
        return r;
    }

    /** Whether the two cannot be swapped: one changes what the other changes or uses (a barrier, everything). */
    boolean conflicts(References other) {
        if (this == BARRIER || other == BARRIER) {
            return true;
        }
        return meets(changes, other.changes) || meets(changes, other.uses) || meets(other.changes, uses);
    }

    /**
     * Whether this changes something {@code other} changes: then an operation that folds with {@code other} (it
     * changes the same model) cannot be moved past this one.
     */
    boolean changesAnyOf(References other) {
        return this == BARRIER || other == BARRIER || meets(changes, other.changes);
    }

    private static boolean meets(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String s : small) {
            if (large.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static FieldState old(ProjectState before, String app, String model, String field) {
        return before.model(app, model).flatMap(m -> m.field(field)).orElse(null);
    }

    /** A new or renamed model: all of it, and its table. */
    private void whole(String key, String table) {
        changes.add("model:" + key);
        changes.add("fields:" + key);
        changes.add("table:" + table.toLowerCase(Locale.ROOT));
    }

    /** A change to one field (or index) of a model; a key field changes what foreign keys to the model rely on. */
    private void field(String key, FieldState f) {
        changes.add("fields:" + key);
        uses.add("model:" + key);
        if (f != null) {
            if (f.primaryKey()) {
                changes.add("model:" + key);
            }
            target(f, key);
        }
    }

    private void target(FieldState f, String from) {
        if (f != null && f.foreignKey() != null && !f.foreignKey().model().equals(from)) {
            uses.add("model:" + f.foreignKey().model());
        }
    }

    /**
     * An existing model deleted, renamed or re-optioned: all of it, its table and indexes, and the models it points
     * at. The foreign keys pointing at it need no entry: every operation on one of them uses {@code model:} of its
     * target, which this changes.
     */
    private void existing(String app, String name, ProjectState before) {
        String key = app + "." + name;
        changes.add("model:" + key);
        changes.add("fields:" + key);
        before.model(app, name).ifPresent(m -> {
            changes.add("table:" + m.table().toLowerCase(Locale.ROOT));
            m.fields().forEach(f -> target(f, key));
            m.indexes().forEach(i -> changes.add("index:" + i.name()));
            before.models().values().stream().filter(o -> o.joinFor() != null && o.app().equals(app)
                    && o.joinFor().startsWith(name + ".")).map(ModelState::key).forEach(k -> changes.add("model:" + k));
        });
    }
}
