package se.utfall.measurement;

import java.nio.file.Path;
import se.utfall.problem.Problems;
import se.utfall.text.SafeText;

/**
 * Refuses control characters in a measurement file, each at its line. A subject holding a NUL,
 * ESC, CR or bidi override would travel into the ledger and onto every terminal that prints it;
 * figures are plain text, so none of these belongs in one. Line ends (LF or CRLF) are the only
 * control characters allowed.
 */
final class ControlCharacters {
    /** After this many lines the file is plainly not a measurement file; more messages would not help. */
    private static final int MAX_REPORTED = 20;

    private ControlCharacters() {
    }

    static void refuse(Path file, String text, Problems problems) {
        int line = 1;
        int reported = 0;
        int lastReportedLine = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                continue;
            }
            if (cp == '\r' && i < text.length() && text.charAt(i) == '\n') {
                continue;
            }
            if (!SafeText.isControl(cp) || line == lastReportedLine) {
                continue;
            }
            if (reported == MAX_REPORTED) {
                problems.add(file, line, "more lines hold control characters; is this a measurement file (CSV text)?");
                return;
            }
            problems.add(file, line, "holds the control character " + SafeText.name(cp) + "; a figure's fields are"
                    + " plain text, so remove it" + (cp == '\r' ? " (end lines with LF or CRLF)" : "") + ".");
            lastReportedLine = line;
            reported++;
        }
    }
}
