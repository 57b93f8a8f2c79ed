package dev.southward.migrate.questioner;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.Literals;
import dev.southward.migrate.state.ModelState;
import java.util.Locale;

/** Asks through a {@link Console}, South style, re-asking until the answer is valid. */
public final class InteractiveQuestioner implements Questioner {
    private final Console console;

    /**
     * A questioner that asks on a console, South's way.
     *
     * @param console where questions are printed and answers read
     */
    public InteractiveQuestioner(Console console) {
        this.console = console;
    }

    @Override
    public Answer addNotNull(String key, FieldState field) {
        console.println(" ? " + Prompts.addNotNull(key, field));
        console.println(" ?  1. Quit now, and add a default to the field in the model");
        console.println(" ?  2. Specify a one-off value to use for existing rows (not kept in the model)");
        return choose(field, " ? Please select a choice: ", new Answer.Quit());
    }

    @Override
    public Answer alterToNotNull(String key, FieldState field) {
        console.println(" ? " + Prompts.alterToNotNull(key, field));
        console.println(" ?  1. Quit now, and add a default to the field in the model");
        console.println(" ?  2. Specify a one-off value to use for existing NULLs");
        console.println(" ?  3. Ignore: there are no NULLs (the migration fails if there are)");
        return choose(field, " ? Please select a choice: ", new Answer.Ignore());
    }

    @Override
    public Answer removeNotNull(String key, FieldState field) {
        console.println(" ? " + Prompts.removeNotNull(key, field));
        console.println(" ?  1. Disable the backwards migration (it will be irreversible)");
        console.println(" ?  2. Specify a one-off value to use when migrating backwards");
        return choose(field, " ? Please select a choice: ", new Answer.Irreversible());
    }

    /** Choice 1 is {@code first}, choice 2 asks for a value, choice 3 (when offered) is {@link Answer.Ignore}. */
    private Answer choose(FieldState field, String prompt, Answer first) {
        while (true) {
            String line = console.readLine(prompt);
            if (line == null) {
                return new Answer.Quit();
            }
            switch (line.trim()) {
                case "1" -> {
                    return first instanceof Answer.Ignore ? new Answer.Quit() : first;
                }
                case "2" -> {
                    String value = value(field);
                    if (value != null) {
                        return new Answer.Value(value);
                    }
                }
                case "3" -> {
                    if (first instanceof Answer.Ignore) {
                        return first;
                    }
                    console.println(" ! Invalid choice.");
                }
                default -> console.println(" ! Invalid choice.");
            }
        }
    }

    private String value(FieldState field) {
        while (true) {
            String v = console.readLine(" ? Please enter the value (as text, e.g. 0, true, 2024-01-31, hello): ");
            if (v == null) {
                return null;
            }
            String problem = Literals.problem(field, v);
            if (problem == null) {
                return v;
            }
            console.println(" ! " + problem);
        }
    }

    @Override
    public Boolean renameField(String fromKey, String toKey, FieldState to) {
        return yes(" ? " + Prompts.renameField(fromKey, toKey, to) + " [y/N] ");
    }

    @Override
    public Boolean renameModel(String fromKey, String toKey, ModelState to) {
        return yes(" ? " + Prompts.renameModel(fromKey, toKey) + " [y/N] ");
    }

    @Override
    public Boolean moveModel(String fromKey, String toKey, ModelState to) {
        return yes(" ? " + Prompts.moveModel(fromKey, toKey) + " [y/N] ");
    }

    private boolean yes(String prompt) {
        String line = console.readLine(prompt);
        return line != null && line.trim().toLowerCase(Locale.ROOT).startsWith("y");
    }
}
