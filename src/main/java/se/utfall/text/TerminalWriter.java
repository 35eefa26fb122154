package se.utfall.text;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The last wall before the terminal: every character a command prints passes through here, and
 * any control character other than a line break, tab or carriage return (a progress bar redraws
 * its line with one) is written escaped, as {@link SafeText} does. Reports escape each field
 * themselves, line breaks included; this catches whatever a report or message forgot, so an ESC
 * sequence or a bidi override from a file never reaches the terminal as a command.
 */
public final class TerminalWriter extends Writer {
    private final Writer target;

    private TerminalWriter(Writer target) {
        this.target = target;
    }

    /** A PrintWriter that escapes on its way to {@code target}. */
    public static PrintWriter wrap(PrintWriter target) {
        return new PrintWriter(new TerminalWriter(target), true);
    }

    @Override
    public void write(char[] buf, int off, int len) {
        synchronized (lock) {
            int start = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                char ch = buf[i];
                if (SafeText.isControl(ch) && ch != '\n' && ch != '\t' && ch != '\r') {
                    writeRaw(buf, start, i - start);
                    writeRaw(String.format("\\u%04x", (int) ch));
                    start = i + 1;
                }
            }
            writeRaw(buf, start, end - start);
        }
    }

    private void writeRaw(char[] buf, int off, int len) {
        if (len > 0) {
            try {
                target.write(buf, off, len);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private void writeRaw(String s) {
        writeRaw(s.toCharArray(), 0, s.length());
    }

    @Override
    public void flush() {
        try {
            target.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
    }
}
