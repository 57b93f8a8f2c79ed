package dev.southward.migrate;

import java.util.List;

/** The annotated models are invalid. Every problem is collected and reported at once. */
public class ModelDefinitionException extends SouthwardException {
    /** Every problem found, each naming its class and field. */
    private final List<String> problems;

    /**
     * @param problems every problem found; the message lists them all
     */
    public ModelDefinitionException(List<String> problems) {
        super("Invalid models (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Each problem names the class and field it is about.
     *
     * @return the problems, in the order they were found
     */
    public List<String> problems() {
        return problems;
    }
}
