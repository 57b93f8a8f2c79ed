package dev.southward.migrate.questioner;

/** The console an interactive questioner talks through; the Maven plugin implements it with Maven's prompter. */
public interface Console {
    /** Prints a line. */
    void println(String line);

    /** Shows a prompt and reads one line; null at end of input. */
    String readLine(String prompt);
}
