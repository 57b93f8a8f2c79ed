package dev.southward.migrate.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Base64;
import java.util.Locale;

/** Checks that a default value written as text fits its field type. */
public final class Literals {
    private Literals() {
    }

    /** Why {@code value} is not a valid literal of {@code field}'s type, or null when it is. */
    public static String problem(FieldState field, String value) {
        try {
            switch (field.type()) {
                case STRING -> {
                    if (field.maxLength() != null && value.length() > field.maxLength()) {
                        return "default '" + value + "' is longer than max length " + field.maxLength();
                    }
                }
                case TEXT -> {
                }
                case INT -> Integer.parseInt(value);
                case LONG -> Long.parseLong(value);
                case SHORT -> Short.parseShort(value);
                case BOOLEAN -> {
                    String v = value.toLowerCase(Locale.ROOT);
                    if (!v.equals("true") && !v.equals("false")) {
                        return "default '" + value + "' is not a boolean (true or false)";
                    }
                }
                case DECIMAL -> new BigDecimal(value);
                case DOUBLE -> Double.parseDouble(value);
                case DATE -> LocalDate.parse(value);
                case TIME -> LocalTime.parse(value);
                case DATETIME -> LocalDateTime.parse(value);
                case INSTANT -> Instant.parse(value);
                case BINARY -> Base64.getDecoder().decode(value);
                case UUID -> java.util.UUID.fromString(value);
                default -> throw new IllegalStateException(field.type().name());
            }
            return null;
        } catch (RuntimeException e) {
            return "default '" + value + "' is not a valid " + field.type().label() + " value";
        }
    }
}
