package dev.southward.migrate.introspect;

import dev.southward.migrate.state.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a default as the dialect writes it with the default as the server reports it, by what it means: the
 * server may add fractional seconds ({@code 13:53:58.000000}), the decimal scale ({@code 1.50}), a typed
 * literal's keyword ({@code TIMESTAMP '…'}) or parentheses, and spell booleans and bytes its own way.
 */
final class DefaultValues {
    private static final Pattern TYPED = Pattern.compile(
            "(?is)(?:TIMESTAMP\\s+WITH\\s+TIME\\s+ZONE|TIMESTAMP|DATE|TIME|X)\\s*'(.*)'");
    /** {@code CAST(-2.25E+10 AS DECFLOAT)}: how H2 reports a number it keeps in another type than it was read as. */
    private static final Pattern CAST = Pattern.compile("(?is)CAST\\s*\\((.*)\\s+AS\\s+[A-Z][A-Z0-9 ,()]*\\)");
    private static final Pattern SHORT_OFFSET = Pattern.compile("[+-]\\d\\d$");

    private DefaultValues() {
    }

    /** Whether two defaults of a column of {@code type} mean the same; null is no default. */
    static boolean same(FieldType type, String expected, String live) {
        if (expected == null || live == null) {
            return expected == null && live == null;
        }
        String e = unwrap(expected);
        String l = unwrap(live);
        if (type == FieldType.STRING || type == FieldType.TEXT) {
            return e.equals(l);
        }
        if (e.equalsIgnoreCase(l)) {
            return true;
        }
        e = uncast(e);
        l = uncast(l);
        Object ev = value(type, e);
        return ev != null && ev.equals(value(type, l));
    }

    /** Without whitespace around and parentheses that enclose the whole text. */
    private static String unwrap(String text) {
        String s = text.trim();
        while (s.length() >= 2 && s.charAt(0) == '(' && closes(s)) {
            s = s.substring(1, s.length() - 1).trim();
        }
        return s;
    }

    /** The value inside a {@code CAST(value AS type)}, else the text as it is. */
    private static String uncast(String text) {
        Matcher m = CAST.matcher(text);
        return m.matches() ? unwrap(m.group(1)) : text;
    }

    /** Whether the parenthesis at 0 is closed by the last character (not {@code (a) + (b)}). */
    private static boolean closes(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i == s.length() - 1;
            }
        }
        return false;
    }

    /** The value of a literal, or null when it cannot be read as one of {@code type}. */
    private static Object value(FieldType type, String literal) {
        String s = bare(literal);
        try {
            return switch (type) {
                case INT, LONG, SHORT, BYTE, DECIMAL, DOUBLE, FLOAT -> new BigDecimal(s).stripTrailingZeros();
                case BOOLEAN -> bool(s);
                case BIT -> bool(s.replaceFirst("^[bB]'([01])'$", "$1"));
                case DATE -> LocalDate.parse(s);
                case TIME -> LocalTime.parse(s);
                case DATETIME -> LocalDateTime.parse(s.replaceFirst(" ", "T"));
                case INSTANT -> instant(s.replaceFirst(" ", "T").replace(" ", ""));
                case BINARY, VARBINARY -> s.replaceFirst("^0[xX]", "").toLowerCase(Locale.ROOT);
                case UUID, NATIVE_UUID -> s.toLowerCase(Locale.ROOT);
                case STRING, TEXT, ENUM -> s;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    /** The text of a typed or quoted literal ({@code TIMESTAMP '…'}, {@code X'…'}, {@code '…'}), else as it is. */
    private static String bare(String literal) {
        Matcher m = TYPED.matcher(literal);
        if (m.matches()) {
            return m.group(1).replace("''", "'");
        }
        if (literal.length() >= 2 && literal.startsWith("'") && literal.endsWith("'")) {
            return literal.substring(1, literal.length() - 1).replace("''", "'");
        }
        return literal;
    }

    private static Boolean bool(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** An instant with an offset, or a local date-time read as UTC (MySQL keeps instants as UTC DATETIME). */
    private static Instant instant(String s) {
        String t = SHORT_OFFSET.matcher(s).find() ? s + ":00" : s;
        if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return OffsetDateTime.parse(t).toInstant();
        }
        return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    }
}
