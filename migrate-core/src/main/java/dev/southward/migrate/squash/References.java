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
import java.util.Optional;
import java.util.Set;

/**
 * What an operation touches, for the optimizer: the models ({@code model:app.Model}), tables ({@code table:t}) and
 * index names ({@code index:i}) it changes or reads, including the targets of foreign keys it adds, drops or
 * follows (read from the state before it). Two operations commute, and may be moved past each other, only when
 * these sets are disjoint. Data migrations, moves between apps and anything unknown touch everything
 * ({@link #ALL}): they are barriers.
 */
final class References {
    /** The set of a barrier: intersects every other. */
    static final Set<String> ALL = Set.of("*");

    private References() {
    }

    /**
     * What {@code op} touches.
     *
     * @param app    its app
     * @param op     the operation
     * @param before the project state just before it
     * @return the names it touches, or {@link #ALL}
     */
    static Set<String> of(String app, Operation op, ProjectState before) {
        Set<String> out = new HashSet<>();
        if (op instanceof CreateModel c) {
            model(out, app, c.name());
            out.add("table:" + c.table().toLowerCase(java.util.Locale.ROOT));
            c.fields().forEach(f -> target(out, f));
            c.indexes().forEach(i -> out.add("index:" + i.name()));
            if (c.joinFor() != null) {
                model(out, app, c.joinFor().substring(0, Math.max(0, c.joinFor().indexOf('.'))));
            }
        } else if (op instanceof DeleteModel d) {
            whole(out, app, d.name(), before);
        } else if (op instanceof AddField a) {
            model(out, app, a.model());
            target(out, a.field());
        } else if (op instanceof RemoveField r) {
            fieldOf(out, app, r.model(), r.name(), before);
        } else if (op instanceof AlterField a) {
            fieldOf(out, app, a.model(), a.field().name(), before);
            target(out, a.field());
        } else if (op instanceof RenameField r) {
            fieldOf(out, app, r.model(), r.from(), before);
        } else if (op instanceof RenameModel r) {
            whole(out, app, r.from(), before);
            model(out, app, r.to());
            out.add("table:" + r.table().toLowerCase(java.util.Locale.ROOT));
        } else if (op instanceof AddIndex a) {
            model(out, app, a.model());
            out.add("index:" + a.index().name());
        } else if (op instanceof RemoveIndex r) {
            model(out, app, r.model());
            out.add("index:" + r.name());
        } else if (op instanceof AlterModelOptions o) {
            whole(out, app, o.name(), before);
        } else {
            return ALL; // RunSql, RunJava, MoveModel, ModelMoved
        }
        return out;
    }

    /** Whether two sets of references share anything (a barrier shares everything). */
    static boolean overlap(Set<String> a, Set<String> b) {
        if (a == ALL || b == ALL) {
            return true;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String s : small) {
            if (large.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static void model(Set<String> out, String app, String name) {
        out.add("model:" + app + "." + name);
    }

    private static void target(Set<String> out, FieldState f) {
        if (f != null && f.foreignKey() != null) {
            out.add("model:" + f.foreignKey().model());
        }
    }

    /** A field of a model, and the target of its foreign key as it was. */
    private static void fieldOf(Set<String> out, String app, String model, String field, ProjectState before) {
        model(out, app, model);
        before.model(app, model).flatMap(m -> m.field(field)).ifPresent(f -> target(out, f));
    }

    /** A model with its table, its indexes, what it references and what references it. */
    private static void whole(Set<String> out, String app, String name, ProjectState before) {
        model(out, app, name);
        Optional<ModelState> m = before.model(app, name);
        m.ifPresent(x -> {
            out.add("table:" + x.table().toLowerCase(java.util.Locale.ROOT));
            x.fields().forEach(f -> target(out, f));
            x.indexes().forEach(i -> out.add("index:" + i.name()));
            before.referencesTo(x.key()).forEach(e -> out.add("model:" + e.getKey().key()));
            before.app(app).stream().filter(o -> o.joinFor() != null && o.joinFor().startsWith(name + "."))
                    .forEach(o -> out.add("model:" + o.key()));
        });
    }
}
