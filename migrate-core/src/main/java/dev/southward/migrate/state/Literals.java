package dev.southward.migrate.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/**
 * Checks a value written as text (a default, a one-off default, a value for NULLs, a backwards default) against
 * its field type, and gives its canonical text: a number is parsed and printed back, a date or time parsed as ISO
 * and printed back. Dialects render only the canonical text, so nothing but a value of the type reaches SQL.
 */
public final class Literals {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss[.SSSSSSSSS]");
    private static final int MAX_LENGTH = 65_535;

    private Literals() {
    }

    /**
     * Why {@code value} is not a valid literal of {@code field}'s type, or null when it is.
     *
     * @param field the field whose type the value must have
     * @param value the value as text
     * @return the problem, or null
     */
    public static String problem(FieldState field, String value) {
        try {
            canonical(field, value);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * The canonical text of {@code value} as a value of {@code field}'s type.
     *
     * @param field the field whose type the value must have
     * @param value the value as text
     * @return the canonical text: digits for numbers, {@code true}/{@code false}, ISO dates and times
     *         ({@code HH:mm:ss[.fraction]}), lower-case UUIDs, the string itself for text and binary (Base64)
     * @throws IllegalArgumentException naming the value and the type when it is not a valid value
     */
    public static String canonical(FieldState field, String value) {
        if (value == null) {
            throw new IllegalArgumentException("a value of type " + field.type().label() + " is missing (null)");
        }
        String shown = shown(value);
        try {
            String out = switch (field.type()) {
                case STRING, TEXT -> text(field, value, shown);
                case INT -> String.valueOf(Integer.parseInt(digits(value)));
                case LONG -> String.valueOf(Long.parseLong(digits(value)));
                case SHORT -> String.valueOf(Short.parseShort(digits(value)));
                case BYTE -> String.valueOf(Byte.parseByte(digits(value)));
                case BOOLEAN, BIT -> bool(value);
                case FLOAT -> dbl(value);
                case ENUM -> enumValue(field, value);
                case DECIMAL -> decimal(field, value);
                case DOUBLE -> dbl(value);
                case DATE -> year(LocalDate.parse(value).toString());
                case TIME -> LocalTime.parse(value).format(TIME);
                case DATETIME -> year(LocalDateTime.parse(value).format(DateTimeFormatter.ofPattern(
                        "uuuu-MM-dd'T'HH:mm:ss[.SSSSSSSSS]")));
                case INSTANT -> year(Instant.parse(value).toString());
                case BINARY, VARBINARY -> {
                    Base64.getDecoder().decode(value);
                    yield value;
                }
                case UUID, NATIVE_UUID -> uuid(value);
            };
            return trimFraction(field.type(), out);
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            String why = e instanceof Reason ? ": " + e.getMessage() : "";
            throw new IllegalArgumentException("default '" + shown + "' is not a valid " + field.type().label()
                    + " value" + why, e);
        }
    }

    /** A reason inside {@link #canonical}'s message. */
    private static final class Reason extends IllegalArgumentException {
        Reason(String message) {
            super(message);
        }
    }

    private static String text(FieldState field, String value, String shown) {
        if (field.maxLength() != null && value.codePointCount(0, value.length()) > field.maxLength()) {
            throw new Reason("longer than max length " + field.maxLength());
        }
        if (value.length() > MAX_LENGTH) {
            throw new Reason("longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // An unpaired surrogate has no UTF-8 form: the database would store '?' or refuse.
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Reason("unpaired surrogate at character " + i);
            }
        }
        return value;
    }

    /** ASCII sign and digits only: Java's parsers also accept other scripts' digits. */
    private static String digits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9') && !(i == 0 && (c == '-' || c == '+') && value.length() > 1)) {
                throw new NumberFormatException(value);
            }
        }
        return value;
    }

    private static String bool(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new Reason("true or false");
        }
        return v;
    }

    private static String decimal(FieldState field, String value) {
        BigDecimal d = new BigDecimal(value); // strict: no spaces, no NaN, ASCII digits
        if (!value.chars().allMatch(c -> c < 128)) {
            throw new NumberFormatException(value);
        }
        d = d.stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        if (field.scale() != null && d.scale() > field.scale()) {
            throw new Reason("more than " + field.scale() + " decimal places");
        }
        if (field.precision() != null && field.scale() != null
                && d.precision() - d.scale() > field.precision() - field.scale()) {
            throw new Reason("more than " + (field.precision() - field.scale()) + " digits before the point");
        }
        return d.toPlainString();
    }

    private static String dbl(String value) {
        // BigDecimal's grammar: no NaN, Infinity, hex, 'd' suffix or spaces, which Double.parseDouble accepts.
        new BigDecimal(value);
        double d = Double.parseDouble(value);
        if (!value.chars().allMatch(c -> c < 128) || Double.isInfinite(d)) {
            throw new NumberFormatException(value);
        }
        return Double.toString(d == 0 ? 0.0 : d); // -0.0 is 0.0 in SQL
    }

    private static String enumValue(FieldState field, String value) {
        if (field.values() == null || !field.values().contains(value)) {
            throw new Reason("one of " + field.values());
        }
        return value;
    }

    private static String uuid(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        // UUID.fromString accepts short groups ("1-1-1-1-1") and prints them padded: only the 36-character form.
        if (value.length() != 36 || !java.util.UUID.fromString(lower).toString().equals(lower)) {
            throw new Reason("expected 8-4-4-4-12 hexadecimal digits");
        }
        return lower;
    }

    /** Years 1 to 9999 only: the ISO forms of other years (a sign, five digits) are not SQL literals. */
    private static String year(String iso) {
        if (iso.startsWith("+") || iso.startsWith("-") || iso.startsWith("0000")) {
            throw new Reason("year outside 1 to 9999");
        }
        return iso;
    }

    /** Prints fractions of a second without trailing zeros (the pattern prints all nine digits). */
    private static String trimFraction(FieldType type, String out) {
        if ((type == FieldType.TIME || type == FieldType.DATETIME) && out.indexOf('.') > 0) {
            String t = out.replaceAll("0+$", "");
            return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
        }
        return out;
    }

    /**
     * The value as a message shows it: control characters escaped, at most 100 characters.
     *
     * @param value the value
     * @return the value, safe to print in one line
     */
    public static String shown(String value) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < value.length() && s.length() < 100; i++) {
            char c = value.charAt(i);
            s.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return value.length() > 100 ? s + "..." : s.toString();
    }
}
