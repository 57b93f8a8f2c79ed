package dev.southward.migrate.state;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The indexes of a model as field lists, and how long their keys are: for the servers' key length limits. */
public final class IndexKeys {
    /** InnoDB's limit for one index key with the DYNAMIC row format (MySQL 8, MariaDB 10.6). */
    public static final int INNODB_MAX_BYTES = 3072;

    private IndexKeys() {
    }

    /**
     * Every index of a model as its field names: declared indexes, unique, indexed and foreign-key fields.
     *
     * @param model the model
     * @return the field-name lists, in a stable order
     */
    public static Set<List<String>> of(ModelState model) {
        Set<List<String>> out = new LinkedHashSet<>();
        model.indexes().forEach(i -> out.add(i.fields()));
        for (FieldState f : model.fields()) {
            if (f.unique() || f.indexed() || f.foreignKey() != null) {
                out.add(List.of(f.name()));
            }
        }
        return out;
    }

    /**
     * The longest key of an index over these fields in utf8mb4 (4 bytes a character), as InnoDB counts it.
     *
     * @param fields the indexed fields
     * @return bytes
     */
    public static long utf8mb4Bytes(List<FieldState> fields) {
        long bytes = 0;
        for (FieldState f : fields) {
            bytes += switch (f.type()) {
                case STRING -> 4L * (f.maxLength() == null ? 255 : f.maxLength());
                case UUID -> 36 * 4L;
                case LONG, DOUBLE, DATETIME, INSTANT -> 8;
                case DECIMAL -> 32;
                default -> 4;
            };
        }
        return bytes;
    }

    /**
     * The indexes {@code after} has that {@code before} (null for a new model) lacks, as field lists.
     *
     * @param before the model before, or null
     * @param after  the model after
     * @return the new indexes' fields
     */
    public static List<List<FieldState>> added(ModelState before, ModelState after) {
        Set<List<String>> old = before == null ? Set.of() : of(before);
        return of(after).stream().filter(k -> !old.contains(k))
                .map(k -> k.stream().map(after::field).flatMap(java.util.Optional::stream).toList()).toList();
    }
}
