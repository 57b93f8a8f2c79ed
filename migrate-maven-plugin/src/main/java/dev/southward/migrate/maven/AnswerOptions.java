package dev.southward.migrate.maven;

import dev.southward.migrate.questioner.Answers;
import dev.southward.migrate.report.AnswerSpec;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The autodetector's questions answered up front, as properties:
 * {@code -Ddefaults=images.Image.width=0,images.Image.height=1 -Drenames=images.Image.caption=title
 * -Dno-renames=images.Image.notes -Dirreversible=images.Image.legacy -Dignore-nulls=images.Image.size}.
 * Entries are separated by commas; a comma inside a value is written {@code \,}. Parsed by the core's
 * {@link AnswerSpec}, as the command line's flags are.
 */
final class AnswerOptions {
    private AnswerOptions() {
    }

    static Answers parse(String defaults, String renames, String noRenames, String irreversible, String ignoreNulls)
            throws MojoFailureException {
        try {
            return AnswerSpec.parse(defaults, renames, noRenames, irreversible, ignoreNulls);
        } catch (IllegalArgumentException e) {
            // The core names the option as the command line spells it; Maven users type -Doption=value.
            throw new MojoFailureException(e.getMessage().replaceFirst("\\(e\\.g\\. (\\S+) ", "(e.g. -D$1="), e);
        }
    }
}
