package dev.southward.migrate.maven;

import dev.southward.migrate.questioner.Answers;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The autodetector's questions answered up front, as properties:
 * {@code -Ddefaults=images.Image.width=0,images.Image.height=1 -Drenames=images.Image.caption=title
 * -Dno-renames=images.Image.notes -Dirreversible=images.Image.legacy -Dignore-nulls=images.Image.size}.
 * Entries are separated by commas; a comma inside a value is written {@code \,}.
 */
final class AnswerOptions {
    private AnswerOptions() {
    }

    static Answers parse(String defaults, String renames, String noRenames, String irreversible, String ignoreNulls)
            throws MojoFailureException {
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

    private static List<String[]> pairs(String property, String value) throws MojoFailureException {
        List<String[]> out = new ArrayList<>();
        for (String entry : entries(value)) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new MojoFailureException(property + ": '" + entry + "' is not of the form app.Model.field=value"
                        + " (e.g. -D" + property + "=images.Image.width=0)");
            }
            out.add(new String[] {entry.substring(0, eq).trim(), entry.substring(eq + 1)});
        }
        return out;
    }

    private static List<String> entries(String value) {
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
