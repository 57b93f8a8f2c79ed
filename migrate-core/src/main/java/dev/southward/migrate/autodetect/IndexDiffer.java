package dev.southward.migrate.autodetect;

import dev.southward.migrate.operation.AddIndex;
import dev.southward.migrate.operation.RemoveIndex;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;

/** Composite indexes and unique-together constraints, matched by name; a changed one is removed and re-added. */
final class IndexDiffer {
    private IndexDiffer() {
    }

    static void diff(String app, ProjectState from, ProjectState to, Changes changes) {
        for (ModelState target : to.app(app)) {
            ModelState current = from.model(target.key()).orElse(null);
            if (current == null) {
                continue;
            }
            for (IndexState old : current.indexes()) {
                if (!target.indexes().contains(old)) {
                    changes.removedIndexes.add(new RemoveIndex(current.name(), old.name()));
                }
            }
            for (IndexState now : target.indexes()) {
                if (!current.indexes().contains(now)) {
                    changes.addedIndexes.add(new AddIndex(current.name(), now));
                }
            }
        }
    }
}
