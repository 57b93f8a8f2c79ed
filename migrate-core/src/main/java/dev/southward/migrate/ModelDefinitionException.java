package dev.southward.migrate;

import java.util.List;

/** The annotated models are invalid. Every problem is collected and reported at once. */
public class ModelDefinitionException extends SouthwardException {
    private final List<String> problems;

    public ModelDefinitionException(List<String> problems) {
        super("Invalid models (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem names the class and field it is about. */
    public List<String> problems() {
        return problems;
    }
}
