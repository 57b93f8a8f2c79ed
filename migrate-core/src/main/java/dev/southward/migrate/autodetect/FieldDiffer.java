package dev.southward.migrate.autodetect;

import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.AlterField;
import dev.southward.migrate.operation.AlterModelOptions;
import dev.southward.migrate.operation.RemoveField;
import dev.southward.migrate.operation.RenameField;
import dev.southward.migrate.operation.RenameModel;
import dev.southward.migrate.questioner.Answer;
import dev.southward.migrate.questioner.Questioner;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;

/** Added, removed and changed fields (and table or column names) of models present on both sides. */
final class FieldDiffer {
    private final String app;
    private final Questioner questioner;
    private final Changes changes;
    boolean unanswered;
    boolean quit;

    FieldDiffer(String app, Questioner questioner, Changes changes) {
        this.app = app;
        this.questioner = questioner;
        this.changes = changes;
    }

    void diff(ProjectState from, ProjectState to) {
        for (ModelState target : to.app(app)) {
            ModelState current = from.model(target.key()).orElse(null);
            if (current == null) {
                continue;
            }
            AlterModelOptions options = AlterModelOptions.between(current, target);
            if (options != null) {
                // A model leaving management does so before its other changes (they render no SQL); one coming
                // under management takes over its table as the model now describes it, so after them.
                (options.managed() ? changes.alteredOptions : changes.renames).add(options);
            }
            if (!current.table().equals(target.table())) {
                changes.renames.add(new RenameModel(current.name(), current.name(), target.table()));
            }
            for (FieldState old : current.fields()) {
                FieldState now = target.field(old.name()).orElse(null);
                if (now == null) {
                    removed(current, old);
                } else {
                    if (!old.column().equals(now.column())) {
                        changes.renames.add(new RenameField(current.name(), old.name(), old.name(), now.column()));
                    }
                    if (!old.withName(now.name(), now.column()).equals(now)) {
                        altered(current, old, now);
                    }
                }
            }
            for (FieldState now : target.fields()) {
                if (current.field(now.name()).isEmpty()) {
                    added(current, now);
                }
            }
        }
    }

    private void added(ModelState model, FieldState f) {
        String oneOff = null;
        if (!f.nullable() && f.defaultValue() == null && !f.autoIncrement()) {
            oneOff = value(questioner.addNotNull(model.key() + "." + f.name(), f));
        }
        changes.addedFields.add(new AddField(model.name(), f, oneOff));
    }

    private void removed(ModelState model, FieldState f) {
        String backwardsDefault = null;
        boolean irreversible = false;
        if (!f.nullable() && f.defaultValue() == null && !f.autoIncrement()) {
            Answer a = questioner.removeNotNull(model.key() + "." + f.name(), f);
            irreversible = a instanceof Answer.Irreversible;
            backwardsDefault = irreversible ? null : value(a);
        }
        changes.removedFields.add(new RemoveField(model.name(), f.name(), backwardsDefault, irreversible));
    }

    private void altered(ModelState model, FieldState old, FieldState now) {
        String fill = null;
        if (old.nullable() && !now.nullable() && now.defaultValue() == null) {
            fill = value(questioner.alterToNotNull(model.key() + "." + now.name(), now));
        }
        FieldState was = old.withName(now.name(), now.column());
        changes.alteredFields.add(AlterField.onlyDefaultDiffers(was, now) ? AlterField.changeDefault(model.name(), now)
                : new AlterField(model.name(), now, fill));
    }

    private String value(Answer a) {
        if (a instanceof Answer.Value v) {
            return v.value();
        }
        unanswered |= a instanceof Answer.Unanswered;
        quit |= a instanceof Answer.Quit;
        return null;
    }
}
