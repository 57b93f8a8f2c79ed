package dev.southward.migrate.maven;

import dev.southward.migrate.questioner.Console;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * The questioner's console in an interactive Maven session: Maven's own standard input and output. Maven's log
 * writes to the same standard output, so questions and log lines stay in order.
 */
final class TerminalConsole implements Console {
    private final PrintStream out;
    private final BufferedReader in;

    TerminalConsole() {
        this.out = System.out;
        // Not closed: it wraps Maven's System.in.
        this.in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
    }

    /**
     * Whether a terminal is attached to standard input and output (Java 22+ reports a console also without one,
     * so its {@code isTerminal()} decides there).
     */
    static boolean available() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 17 to 21: a console means a terminal
        }
    }

    @Override
    public void println(String line) {
        out.println(line);
        out.flush();
    }

    @Override
    public String readLine(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer from standard input", e);
        }
    }
}
