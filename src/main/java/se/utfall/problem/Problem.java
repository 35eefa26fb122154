package se.utfall.problem;

import java.nio.file.Path;

/** One mistake in something a person wrote: where it is and what to do about it. */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

    public static Problem at(Path file, int line, String message) {
        return new Problem(Locations.display(file), line, message);
    }

    /** {@code file:line: message}, the form editors and terminals can jump to. */
    public String render() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
