package dev.southward.migrate.report;

import dev.southward.migrate.questioner.Answers;
import java.util.ArrayList;
import java.util.List;

/**
 * The autodetector's questions answered up front in text, as the plugin's properties and the command line's flags
 * give them: {@code defaults} {@code images.Image.width=0,images.Image.height=1}, {@code renames}
 * {@code images.Image.caption=title}, and lists of keys for {@code no-renames}, {@code irreversible} and
 * {@code ignore-nulls}. Entries are separated by commas; a comma inside a value is written {@code \,}.
 */
public final class AnswerSpec {
    private AnswerSpec() {
    }

    /**
     * Parses the five kinds of answer; each argument may be null or a comma-separated list.
     *
     * @param defaults     {@code app.Model.field=value} entries
     * @param renames      {@code app.Model.field=newName} or {@code app.Model=NewName} entries
     * @param noRenames    {@code app.Model.field} or {@code app.Model} entries
     * @param irreversible {@code app.Model.field} entries
     * @param ignoreNulls  {@code app.Model.field} entries
     * @return the answers
     * @throws IllegalArgumentException naming the option of a malformed entry
     */
    public static Answers parse(String defaults, String renames, String noRenames, String irreversible,
            String ignoreNulls) {
        Answers answers = Answers.none();
        for (String[] pair : pairs("defaults", defaults)) {
            answers = answers.defaultFor(pair[0], pair[1]);
        }
        for (String[] pair : pairs("renames", renames)) {
            answers = answers.rename(pair[0], pair[1]);
        }
        for (String key : entries(noRenames)) {
            answers = answers.notRenamed(key);
        }
        for (String key : entries(irreversible)) {
            answers = answers.irreversible(key);
        }
        for (String key : entries(ignoreNulls)) {
            answers = answers.ignoreNulls(key);
        }
        return answers;
    }

    private static List<String[]> pairs(String option, String value) {
        List<String[]> out = new ArrayList<>();
        for (String entry : entries(value)) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(option + ": '" + entry + "' is not of the form "
                        + "app.Model.field=value (e.g. " + option + " images.Image.width=0)");
            }
            out.add(new String[] {entry.substring(0, eq).trim(), entry.substring(eq + 1)});
        }
        return out;
    }

    /**
     * The entries of a comma-separated list, {@code \,} standing for a comma inside an entry.
     *
     * @param value the list; null or blank for none
     * @return the trimmed, non-empty entries
     */
    public static List<String> entries(String value) {
        List<String> out = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        for (String part : value.split("(?<!\\\\),")) {
            String entry = part.replace("\\,", ",").strip();
            if (!entry.isEmpty()) {
                out.add(entry);
            }
        }
        return out;
    }
}
