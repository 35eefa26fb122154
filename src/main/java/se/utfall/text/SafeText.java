package se.utfall.text;

/**
 * Text that came from a file, made safe to print on a terminal. A subject, title or reason can hold
 * characters that a terminal obeys instead of showing: ESC starts colour and cursor commands, CR
 * and newline start a new line (so a field could forge a "PAYABLE" line of a statement), NUL and
 * other C0/C1 controls do odd things, and bidi overrides reorder what is shown. Each such character
 * is shown escaped as {@code \u001b}, so what is printed is what the file says and nothing more.
 */
public final class SafeText {
    private SafeText() {
    }

    /** True for a character a terminal may act on or that reorders text, rather than simply showing it. */
    public static boolean isControl(int cp) {
        return cp < 0x20 || cp == 0x7F || cp >= 0x80 && cp <= 0x9F
                || cp == 0x061C || cp == 0x200E || cp == 0x200F // Arabic letter mark, LRM, RLM
                || cp >= 0x202A && cp <= 0x202E // LRE, RLE, PDF, LRO, RLO
                || cp >= 0x2066 && cp <= 0x2069 // LRI, RLI, FSI, PDI
                || cp == 0x2028 || cp == 0x2029; // line and paragraph separators
    }

    /** One field on one line: every control character escaped, line breaks and tabs included. */
    public static String line(String text) {
        return escape(text, false);
    }

    /**
     * Text that may span lines (a clause's text, a rule compiler's message): line breaks stay, every
     * other control character is escaped, and a lone CR becomes {@code \r} so it cannot overwrite a line.
     */
    public static String block(String text) {
        return escape(text, true);
    }

    /** The index of the first control character (as {@link #isControl}), or -1. */
    public static int firstControl(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isControl(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** A control character named for a message: {@code U+001B (ESC)}. */
    public static String name(int cp) {
        String hex = String.format("U+%04X", cp);
        String name = switch (cp) {
            case 0x00 -> "NUL";
            case 0x09 -> "tab";
            case 0x0A -> "line break";
            case 0x0D -> "carriage return";
            case 0x1B -> "ESC, a terminal escape";
            case 0x7F -> "DEL";
            case 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C ->
                    "a bidirectional-text control";
            case 0x2028, 0x2029 -> "a line separator";
            default -> cp >= 0x80 ? "a C1 control character" : "a control character";
        };
        return hex + " (" + name + ")";
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        if (firstControl(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!isControl(cp) || keepLines && (cp == '\n' || cp == '\t')) {
                out.appendCodePoint(cp);
            } else if (keepLines && cp == '\r' && i < text.length() && text.charAt(i) == '\n') {
                continue; // a CRLF line end is just a line end
            } else {
                out.append(switch (cp) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\u%04x", cp);
                });
            }
        }
        return out.toString();
    }
}
