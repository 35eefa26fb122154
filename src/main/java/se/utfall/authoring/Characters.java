package se.utfall.authoring;

import java.util.Optional;

/**
 * Characters a person cannot see: control characters (a newline would end a line of rule code),
 * format characters (bidirectional overrides make code read differently than it runs), line and
 * paragraph separators, and code points that are not characters at all.
 */
final class Characters {
    private Characters() {
    }

    /** The first invisible character of the text as U+XXXX; a tab counts as a space. */
    static Optional<String> invisible(String text) {
        return text.codePoints().filter(c -> c != '\t' && invisible(c)).mapToObj(c -> String.format("U+%04X", c))
                .findFirst();
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
    }
}
