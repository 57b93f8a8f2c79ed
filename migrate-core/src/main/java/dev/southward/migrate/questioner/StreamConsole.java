package dev.southward.migrate.questioner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/** A console over a process's standard streams (or any pair of streams): questions out, answers in. */
public final class StreamConsole implements Console {
    private final PrintStream out;
    private final BufferedReader in;

    /**
     * A console on the given streams; {@code in} is not closed (it is usually {@code System.in}).
     *
     * @param in      where answers are read, one a line
     * @param out     where questions are printed
     * @param charset the encoding of {@code in}
     */
    public StreamConsole(InputStream in, PrintStream out, Charset charset) {
        this.out = out;
        this.in = new BufferedReader(new InputStreamReader(in, charset));
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
