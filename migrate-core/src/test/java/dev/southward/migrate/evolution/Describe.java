package dev.southward.migrate.evolution;

import dev.southward.migrate.state.FieldState;

/** Short texts for failure reports. */
final class Describe {
    private Describe() {
    }

    /** E.g. {@code (varchar 12 null default 'x' unique)}, {@code (long -> beta.Reef cascade)}. */
    static String field(FieldState f) {
        StringBuilder s = new StringBuilder("(").append(f.describe());
        if (f.defaultValue() != null) {
            s.append(" default '").append(f.defaultValue()).append('\'');
        }
        if (f.foreignKey() != null) {
            s.append(' ').append(f.foreignKey().onDelete().json());
        }
        s.append(f.primaryKey() ? " pk" : "").append(f.autoIncrement() ? " auto" : "")
                .append(f.unique() ? " unique" : "").append(f.indexed() ? " indexed" : "");
        return s.append(')').toString();
    }
}
