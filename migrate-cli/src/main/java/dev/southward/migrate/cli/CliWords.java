package dev.southward.migrate.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The core's messages name the Maven plugin's commands ({@code mvn migrate:migrate -Dresume}); on the command line
 * they are said in its own words ({@code southward migrate --resume}), so that what a message tells the user to
 * type works where they are.
 */
final class CliWords {
    private static final Pattern GOAL = Pattern.compile("mvn migrate:([a-z]+)");
    private static final Pattern APP = Pattern.compile("-Dapp=([a-z0-9_]+)");
    private static final Pattern HISTORY = Pattern.compile("-Dsouthward\\.historyTable=");
    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])-D([a-z][a-z-]*)");

    /** The plugin's answer properties before an {@code app.Model} key, as in the unanswered questions' text. */
    private static final Pattern ANSWER = Pattern.compile(
            "(?<![\\w-])(defaults|renames|no-renames|irreversible|ignore-nulls) (?=[a-z0-9_]+\\.[A-Z])");

    private CliWords() {
    }

    /**
     * The unanswered questions' message with each answer written as the flag that gives it.
     *
     * @param message the message of an {@code UnansweredQuestionsException}
     * @return it with {@code defaults images.Image.width=<value>} as {@code --default images.Image.width=<value>}
     */
    static String answers(String message) {
        Matcher m = ANSWER.matcher(of(message));
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            String flag = switch (m.group(1)) {
                case "defaults" -> "--default";
                case "renames" -> "--rename";
                case "no-renames" -> "--no-rename";
                default -> "--" + m.group(1);
            };
            m.appendReplacement(s, flag + " ");
        }
        return m.appendTail(s).toString();
    }

    /**
     * A core message in the command line's words.
     *
     * @param message the message, possibly null
     * @return it with Maven goals and {@code -D} properties written as commands and flags
     */
    static String of(String message) {
        if (message == null) {
            return null;
        }
        String s = GOAL.matcher(message).replaceAll("southward $1");
        s = APP.matcher(s).replaceAll(Matcher.quoteReplacement("") + "$1");
        s = HISTORY.matcher(s).replaceAll("--history-table=");
        s = FLAG.matcher(s).replaceAll("--$1");
        return s.replace(" in Maven.", ".");
    }
}
