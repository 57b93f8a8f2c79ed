package dev.southward.migrate.jpa;

import dev.southward.migrate.state.FieldState;
import java.util.Comparator;

/**
 * The order in which Hibernate ORM 7 puts the columns of a composite primary key it creates (a set's join table):
 * its standard column ordering, by physical size in bytes (at least 4), then whether that size is above 2048,
 * then by name. A {@code bigint} thus comes before a {@code uuid}, and a {@code varchar(255)} (sized as the
 * dialect's longest varchar) after both.
 */
final class KeyOrder {
    /** The order of two key columns. */
    static final Comparator<FieldState> HIBERNATE = Comparator.<FieldState>comparingInt(f -> Math.max(size(f), 4))
            .thenComparing(f -> size(f) > 2048)
            .thenComparing(FieldState::column);

    /** The size Hibernate sizes a varchar or varbinary of its default length (255) as: above 2048 on every dialect. */
    private static final int DEFAULT_LENGTH_SIZE = 65_535;
    /** Decimal digits to bytes, as Hibernate converts a decimal's precision. */
    private static final double DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;

    private KeyOrder() {
    }

    private static int size(FieldState f) {
        return switch (f.type()) {
            case BIT, BYTE, BOOLEAN -> 1;
            case SHORT -> 2;
            case INT, FLOAT, DATE, TIME -> 4;
            case LONG, DOUBLE, DATETIME, INSTANT -> 8;
            case NATIVE_UUID -> 16;
            case DECIMAL -> (int) Math.ceil((f.precision() == null ? JpaTypes.DEFAULT_PRECISION : f.precision())
                    / DIGITS_PER_BYTE);
            case STRING, VARBINARY -> f.maxLength() == null || f.maxLength() == 255 ? DEFAULT_LENGTH_SIZE
                    : f.maxLength();
            default -> Integer.MAX_VALUE;
        };
    }
}
