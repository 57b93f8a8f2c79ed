package dev.southward.migrate.autodetect;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;

/**
 * Foreign key columns whose type changes only because the key they reference changes its type (int to bigint) are
 * no change of their own: the key's {@code AlterField} changes them, in every app (its apply and rendering take them
 * along). So before the fields are compared, such columns of the app are given their new type in the old state; a
 * column that also changes otherwise (null, default) still gets its own operation, after the key's.
 */
final class KeyFollowers {
    private KeyFollowers() {
    }

    /**
     * {@code from} with the foreign key columns of {@code app} that only follow a re-typed key already re-typed.
     *
     * @param app  the app whose fields are compared
     * @param from the state of the current migrations (after accepted renames)
     * @param to   the state of the models
     * @return the state to compare the app's fields from
     */
    static ProjectState follow(String app, ProjectState from, ProjectState to) {
        ProjectState out = from;
        for (ModelState m : from.app(app)) {
            ModelState target = to.model(m.key()).orElse(null);
            if (target == null) {
                continue;
            }
            for (FieldState f : m.fields()) {
                FieldState now = target.field(f.name()).orElse(null);
                FieldState newKey = now == null ? null : retypedKey(f, now, from, to);
                if (newKey != null) {
                    out = out.with(out.model(m.key()).orElseThrow()
                            .replaceField(f.name(), x -> x.withColumnType(newKey)));
                }
            }
        }
        return out;
    }

    /** The new key of the field's target when the field keeps its target and takes the key's new type, else null. */
    private static FieldState retypedKey(FieldState old, FieldState now, ProjectState from, ProjectState to) {
        if (old.foreignKey() == null || !old.foreignKey().sameTarget(now.foreignKey()) || old.sameColumnType(now)) {
            return null;
        }
        FieldState before = key(from, old.foreignKey().model());
        FieldState after = key(to, old.foreignKey().model());
        boolean retyped = before != null && after != null && before.name().equals(after.name())
                && !before.sameColumnType(after) && now.sameColumnType(after);
        return retyped ? after : null;
    }

    private static FieldState key(ProjectState state, String model) {
        return state.model(model).map(ModelState::primaryKey).filter(k -> k.size() == 1).map(k -> k.get(0))
                .orElse(null);
    }
}
