package se.utfall.problem;

import java.nio.file.Path;
import se.utfall.text.SafeText;

/** One mistake in something a person wrote: where it is and what to do about it. */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

    public static Problem at(Path file, int line, String message) {
        return new Problem(Locations.display(file), line, message);
    }

    /**
     * {@code file:line: message}, the form editors and terminals can jump to. A file name or a
     * message quoting a file can hold control characters: they are shown escaped, and a message
     * that spans lines (a rule compiler's) continues indented, so no line of it can pose as a
     * problem of its own or as a line of a statement.
     */
    public String render() {
        String shownFile = SafeText.line(file);
        String shown = SafeText.block(message).replace("\n", "\n  ");
        return line > 0 ? shownFile + ":" + line + ": " + shown : shownFile + ": " + shown;
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
