package dev.southward.migrate.operation;

import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;

/** Whether an operation's model has a table Southward manages; changes to an unmanaged model render no SQL. */
final class Managed {
    private Managed() {
    }

    /** True unless the model exists in {@code state} and is unmanaged. */
    static boolean table(ProjectState state, String app, String model) {
        return state.model(app, model).map(ModelState::isManaged).orElse(true);
    }
}
