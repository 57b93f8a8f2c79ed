package dev.southward.migrate.writer;

import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.IndexKeys;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns, when a migration is made, about a new index whose key MySQL will refuse ("Specified key was too long";
 * 3,072 bytes, and utf8mb4 takes 4 bytes a character): better to shorten the column now than to find out on
 * deploy. MariaDB builds such a unique key as a hash, so it is a warning, not an error.
 */
final class KeyLengthWarnings {
    private KeyLengthWarnings() {
    }

    static List<String> of(MigrationKey key, ProjectState before, ProjectState after) {
        List<String> out = new ArrayList<>();
        after.app(key.app()).forEach(model -> {
            ModelState old = before.models().get(model.key());
            if (model.equals(old)) {
                return;
            }
            for (List<FieldState> fields : IndexKeys.added(old, model)) {
                long bytes = IndexKeys.utf8mb4Bytes(fields);
                if (bytes > IndexKeys.INNODB_MAX_BYTES) {
                    out.add("Warning: " + key + ": the index on " + model.table() + " (" + String.join(", ",
                            fields.stream().map(FieldState::column).toList()) + ") is " + bytes + " bytes long in "
                            + "utf8mb4; MySQL refuses keys over " + IndexKeys.INNODB_MAX_BYTES + " bytes (MariaDB "
                            + "accepts a unique one). Shorten the column to migrate MySQL.");
                }
            }
        });
        return out;
    }
}
