package dev.southward.migrate.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Naming rules shared by models, operations and dialects: derived names and identifier validation. */
public final class Names {
    /** Longest identifier accepted anywhere: MySQL's limit, the strictest of our targets. */
    public static final int MAX_IDENTIFIER = 64;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern APP = Pattern.compile("[a-z][a-z0-9_]*");

    private Names() {
    }

    /**
     * {@code createdAt} → {@code created_at}.
     *
     * @param camel a Java name in camel case
     * @return the name in snake case, lower-case
     */
    public static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * Django's default table name: {@code images} + {@code ImageLabel} → {@code images_imagelabel}.
     *
     * @param app   the app label
     * @param model the model's name
     * @return the table name
     */
    public static String defaultTable(String app, String model) {
        return app + "_" + model.toLowerCase(Locale.ROOT);
    }

    /**
     * Why {@code name} is not a valid SQL identifier, or null when it is.
     *
     * @param name a table, column, index or constraint name
     * @return the reason, for a message; null when the name is valid
     */
    public static String identifierProblem(String name) {
        if (name == null || name.isEmpty()) {
            return "is empty";
        }
        if (name.length() > MAX_IDENTIFIER) {
            return "'" + name + "' is " + name.length() + " characters long (at most " + MAX_IDENTIFIER + ")";
        }
        if (!IDENTIFIER.matcher(name).matches()) {
            return "'" + name + "' is not a valid identifier (letters, digits and _, not starting with a digit)";
        }
        return null;
    }

    /**
     * Why {@code app} is not a valid app label, or null.
     *
     * @param app an app label
     * @return the reason, for a message; null when the label is valid
     */
    public static String appProblem(String app) {
        if (app == null || !APP.matcher(app).matches() || app.length() > 40) {
            return "app name '" + app + "' must be lower case letters, digits and _, at most 40 characters";
        }
        return null;
    }

    /**
     * A derived index or constraint name, {@code <table>_<columns>_<suffix>}, shortened with a stable hash
     * when it would exceed the identifier limit (as Django does).
     *
     * @param table   the table the index or constraint belongs to
     * @param columns its columns, in order
     * @param suffix  what it is, e.g. {@code idx}, {@code uniq} or {@code fk}
     * @return the name, within the identifier limit
     */
    public static String derived(String table, List<String> columns, String suffix) {
        String full = table + "_" + String.join("_", columns) + "_" + suffix;
        if (full.length() <= MAX_IDENTIFIER) {
            return full;
        }
        String hash = sha256(full).substring(0, 8);
        int keep = MAX_IDENTIFIER - hash.length() - suffix.length() - 2;
        return full.substring(0, keep) + "_" + hash + "_" + suffix;
    }

    /**
     * Hex SHA-256 of a UTF-8 string.
     *
     * @param text the text
     * @return its SHA-256 digest as 64 lower-case hex digits
     */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
