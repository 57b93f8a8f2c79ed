package dev.southward.migrate.questioner;

/** The console an interactive questioner talks through; the Maven plugin implements it with Maven's prompter. */
public interface Console {
    /**
     * Prints a line.
     *
     * @param line the text, without line end
     */
    void println(String line);

    /**
     * Shows a prompt and reads one line; null at end of input.
     *
     * @param prompt the text shown before the input, without line end
     * @return the line read, without line end; null at end of input
     */
    String readLine(String prompt);
}
