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
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.List;
import java.util.Objects;

/**
 * The folding rules of the optimizer, as Django's {@code Operation.reduce}: two operations of one app on the same
 * model that can be written as fewer. {@code null} means they do not fold.
 *
 * <ul>
 * <li>create a model, then change it (add, remove, alter or rename a field, add or remove an index, change its
 * options, rename it): one create of the model as it ends up; create then delete: nothing;</li>
 * <li>add a field, then remove it: nothing; then alter it: one add, when no value for existing rows is lost; then
 * rename it: one add under the new name;</li>
 * <li>alter a field twice: the second; alter then remove: the remove;</li>
 * <li>rename a field twice: one rename; rename then remove: remove the old name;</li>
 * <li>rename a model twice: one rename; rename then delete: delete the old name;</li>
 * <li>add an index then remove it: nothing;</li>
 * <li>any change of a model's fields or indexes, then delete the model: the delete.</li>
 * </ul>
 */
final class Reductions {
    private Reductions() {
    }

    /**
     * What {@code a} then {@code b} fold into.
     *
     * @param app the app of both
     * @param a   the earlier operation
     * @param b   the later operation
     * @return the operations replacing both, or null when they do not fold
     */
    static List<Operation> reduce(String app, Operation a, Operation b) {
        if (a instanceof CreateModel c) {
            return intoCreate(app, c, b);
        }
        if (b instanceof DeleteModel d && changesFieldsOf(a, d.name())) {
            return List.of(d);
        }
        if (a instanceof AddField add) {
            return afterAdd(add, b);
        }
        if (a instanceof AlterField alter) {
            if (b instanceof AlterField next && same(alter.model(), alter.field().name(), next.model(),
                    next.field().name()) && alter.fillNulls() == null) {
                return List.of(new AlterField(next.model(), next.field(), next.fillNulls(),
                        alter.defaultOnly() && next.defaultOnly()));
            }
            if (b instanceof RemoveField r && same(alter.model(), alter.field().name(), r.model(), r.name())) {
                return List.of(r);
            }
            return null;
        }
        if (a instanceof RenameField rf) {
            if (b instanceof RenameField next && same(rf.model(), rf.to(), next.model(), next.from())) {
                return List.of(new RenameField(rf.model(), rf.from(), next.to(), next.column()));
            }
            if (b instanceof RemoveField r && same(rf.model(), rf.to(), r.model(), r.name())) {
                return List.of(new RemoveField(r.model(), rf.from(), r.backwardsDefault(), r.irreversible()));
            }
            return null;
        }
        if (a instanceof RenameModel rm) {
            if (b instanceof RenameModel next && rm.to().equals(next.from())) {
                return List.of(new RenameModel(rm.from(), next.to(), next.table()));
            }
            if (b instanceof DeleteModel d && rm.to().equals(d.name())) {
                return List.of(new DeleteModel(rm.from()));
            }
            return null;
        }
        if (a instanceof AddIndex ai && b instanceof RemoveIndex ri && ai.model().equals(ri.model())
                && ai.index().name().equals(ri.name())) {
            return List.of();
        }
        return null;
    }

    /** Create then change the same model: one create of the model as it ends up, or nothing after a delete. */
    private static List<Operation> intoCreate(String app, CreateModel c, Operation b) {
        String target = target(b);
        if (!c.name().equals(target)) {
            return null;
        }
        ProjectState after;
        try {
            after = b.apply(app, c.apply(app, ProjectState.empty()));
        } catch (RuntimeException e) {
            return null; // it does not apply on its own: leave it to the replay to report
        }
        List<ModelState> models = after.app(app);
        if (models.isEmpty()) {
            return List.of();
        }
        return models.size() == 1 ? List.of(CreateModel.of(models.get(0))) : null;
    }

    /** The model an operation changes that can fold into its creation, or null. */
    static String target(Operation b) {
        if (b instanceof AddField x) {
            return x.model();
        } else if (b instanceof RemoveField x) {
            return x.model();
        } else if (b instanceof AlterField x) {
            return x.model();
        } else if (b instanceof RenameField x) {
            return x.model();
        } else if (b instanceof AddIndex x) {
            return x.model();
        } else if (b instanceof RemoveIndex x) {
            return x.model();
        } else if (b instanceof AlterModelOptions x) {
            return x.name();
        } else if (b instanceof RenameModel x) {
            return x.from();
        } else if (b instanceof DeleteModel x) {
            return x.name();
        }
        return null;
    }

    /** Whether {@code a} changes only fields or indexes of {@code model} (so deleting the model makes it moot). */
    private static boolean changesFieldsOf(Operation a, String model) {
        return (a instanceof AddField || a instanceof RemoveField || a instanceof AlterField
                || a instanceof RenameField || a instanceof AddIndex || a instanceof RemoveIndex)
                && model.equals(target(a));
    }

    private static List<Operation> afterAdd(AddField add, Operation b) {
        String field = add.field().name();
        if (b instanceof RemoveField r && same(add.model(), field, r.model(), r.name())) {
            return List.of();
        }
        if (b instanceof RenameField r && same(add.model(), field, r.model(), r.from())) {
            return List.of(new AddField(add.model(), add.field().withName(r.to(), r.column()), add.oneOffDefault()));
        }
        if (b instanceof AlterField alter && same(add.model(), field, alter.model(), alter.field().name())) {
            boolean sameValues = Objects.equals(add.field().defaultValue(), alter.field().defaultValue())
                    && add.field().nullable() == alter.field().nullable();
            // Rows that existed got the add's value; the folded add must give them the same one.
            if (sameValues && add.field().type() == alter.field().type()) {
                return List.of(new AddField(add.model(), alter.field(), add.oneOffDefault()));
            }
            if (sameValues && add.oneOffDefault() == null && alter.fillNulls() == null) {
                return List.of(new AddField(add.model(), alter.field(), null));
            }
        }
        return null;
    }

    private static boolean same(String model, String field, String otherModel, String otherField) {
        return model.equals(otherModel) && field.equals(otherField);
    }
}
