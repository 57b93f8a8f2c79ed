package dev.southward.migrate.autodetect;

import dev.southward.migrate.operation.ModelMoved;
import dev.southward.migrate.operation.MoveModel;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.operation.RenameField;
import dev.southward.migrate.operation.RenameModel;
import dev.southward.migrate.questioner.Questioner;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds models and fields that disappeared while one with the same definition appeared, and asks whether it was a
 * rename. Without a "yes" it stays a removal plus an addition. Returns the state with accepted renames applied, so
 * the other differs compare like with like.
 */
final class RenameDetector {
    private final String app;
    private final Questioner questioner;
    private final Changes changes;
    boolean unanswered;

    RenameDetector(String app, Questioner questioner, Changes changes) {
        this.app = app;
        this.questioner = questioner;
        this.changes = changes;
    }

    /** Applies the accepted moves into this app and renames in it, and records the moves out of it. */
    ProjectState moves(ProjectState from, java.util.List<MoveDetector.Move> moves) {
        ProjectState state = from;
        for (MoveDetector.Move m : moves) {
            if (m.rename()) {
                if (m.fromApp().equals(app)) {
                    state = accept(new RenameModel(m.from().substring(app.length() + 1),
                            m.to().substring(app.length() + 1), m.table()), state);
                }
            } else if (m.toApp().equals(app)) {
                state = accept(new MoveModel(m.from(), m.to().substring(app.length() + 1), m.table()), state);
            } else if (m.fromApp().equals(app)) {
                state = accept(new ModelMoved(m.from().substring(app.length() + 1), m.to()), state);
            }
        }
        return state;
    }

    ProjectState detect(ProjectState from, ProjectState to) {
        ProjectState state = models(from, to);
        return fields(state, to);
    }

    private ProjectState models(ProjectState from, ProjectState to) {
        ProjectState state = from;
        Set<String> taken = new HashSet<>();
        for (ModelState removed : from.app(app)) {
            if (to.model(removed.key()).isPresent()) {
                continue;
            }
            for (ModelState added : to.app(app)) {
                if (from.model(added.key()).isPresent() || taken.contains(added.name())
                        || !sameFields(removed, added)) {
                    continue;
                }
                Boolean yes = questioner.renameModel(removed.key(), added.key(), added);
                unanswered |= yes == null;
                if (Boolean.TRUE.equals(yes)) {
                    taken.add(added.name());
                    state = accept(new RenameModel(removed.name(), added.name(), added.table()), state);
                    break;
                }
            }
        }
        return state;
    }

    private ProjectState fields(ProjectState state, ProjectState to) {
        for (ModelState target : to.app(app)) {
            ModelState current = state.model(target.key()).orElse(null);
            if (current == null) {
                continue;
            }
            state = joinColumnsFollow(state, current, target);
            current = state.model(target.key()).orElseThrow();
            Set<String> taken = new HashSet<>();
            for (FieldState removed : new ArrayList<>(current.fields())) {
                if (target.field(removed.name()).isPresent()) {
                    continue;
                }
                for (FieldState added : target.fields()) {
                    if (current.field(added.name()).isPresent() || taken.contains(added.name())
                            || !removed.withName(added.name(), added.column()).equals(added)) {
                        continue;
                    }
                    Boolean yes = questioner.renameField(current.key() + "." + removed.name(),
                            current.key() + "." + added.name(), added);
                    unanswered |= yes == null;
                    if (Boolean.TRUE.equals(yes)) {
                        taken.add(added.name());
                        state = accept(new RenameField(current.name(), removed.name(), added.name(), added.column()),
                                state);
                        break;
                    }
                }
            }
        }
        return state;
    }

    /**
     * A join table's two reference columns are named after their models: when one of them was renamed, its column
     * follows without a question (the model's rename was the answer). They are matched by position, so that a join
     * table of a model with itself ({@code from_…}, {@code to_…}) keeps each side.
     */
    private ProjectState joinColumnsFollow(ProjectState state, ModelState current, ModelState target) {
        if (current.joinFor() == null || target.joinFor() == null
                || current.fields().size() != target.fields().size()) {
            return state;
        }
        for (int i = 0; i < current.fields().size(); i++) {
            FieldState was = current.fields().get(i);
            FieldState now = target.fields().get(i);
            if (was.foreignKey() != null && !was.name().equals(now.name()) && current.field(now.name()).isEmpty()
                    && target.field(was.name()).isEmpty() && was.withName(now.name(), now.column()).equals(now)) {
                state = accept(new RenameField(current.name(), was.name(), now.name(), now.column()), state);
            }
        }
        return state;
    }

    private ProjectState accept(Operation op, ProjectState state) {
        changes.renames.add(op);
        return op.apply(app, state);
    }

    /** Same fields, in any order, ignoring foreign keys' model names (a self-reference follows the rename). */
    private static boolean sameFields(ModelState a, ModelState b) {
        return MoveDetector.sameFields(a, b);
    }
}
