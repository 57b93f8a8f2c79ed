package dev.southward.migrate.writer;

import dev.southward.migrate.operation.Operation;
import java.util.List;
import java.util.Locale;

/** Names of new migrations: {@code 0002_auto__add_field_image_caption}, as South names them. */
public final class MigrationNames {
    private static final int MAX_SLUG = 80;

    private MigrationNames() {
    }

    /**
     * {@code 0007_name} for number 7.
     *
     * @param number the migration's number in its app
     * @param slug   the rest of the name
     * @return the name, the number padded to four digits
     */
    public static String numbered(int number, String slug) {
        return String.format(Locale.ROOT, "%04d_%s", number, slug);
    }

    /**
     * {@code auto__} followed by each operation's slug, shortened with {@code __and_more} when long.
     *
     * @param operations the migration's operations
     * @return the automatic name's part after the number
     */
    public static String auto(List<Operation> operations) {
        StringBuilder s = new StringBuilder("auto");
        for (int i = 0; i < operations.size(); i++) {
            String next = "__" + operations.get(i).slug();
            if (i > 0 && s.length() + next.length() > MAX_SLUG) {
                s.append("__and_more");
                break;
            }
            s.append(next);
        }
        return clean(s.toString());
    }

    /**
     * A user-given name made safe: lower case, runs of other characters become {@code _}.
     *
     * @param name the name as the user typed it
     * @return the name in lower case with only letters, digits and underscores
     */
    public static String clean(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        if (s.length() > MAX_SLUG + 20) {
            s = s.substring(0, MAX_SLUG + 20);
        }
        return s.isEmpty() ? "migration" : s;
    }
}
