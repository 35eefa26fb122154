package se.utfall.rulecheck;

/**
 * Bounds how deeply a rule file nests brackets and how long it is, before any parser reads it.
 * Drools' DRL parser, JavaParser and the checker's own walk all recurse once per level, so 20 000
 * nested parentheses overflowed the stack (a StackOverflowError and a stack trace instead of a
 * refusal). No rule needs more than a few levels; the limit is far above what the library uses.
 */
final class Nesting {
    /** Deepest bracket nesting ((, [ and { together) a rule file may have. */
    static final int MAX_DEPTH = 64;
    /** Longest rule file, in characters: the largest library file is about 20 000. */
    static final int MAX_LENGTH = 1_000_000;

    private Nesting() {
    }

    /** Reports a file nested too deeply or too long; true when it was (it is then not parsed). */
    static boolean tooDeep(RuleFile file, Findings findings) {
        String text = file.text();
        if (text.length() > MAX_LENGTH) {
            findings.reject(file.display(), 1, "a rule file of " + text.length() + " characters",
                    "rule files are limited to " + MAX_LENGTH + " characters; split it into several files");
            return true;
        }
        int at = deepestOffset(text);
        if (at >= 0) {
            findings.reject(file.display(), new SourceText(text).lineAt(at), "code nested more than " + MAX_DEPTH
                    + " brackets deep", "it is nested too deeply to be checked; split the expression with local"
                    + " variables or a function");
            return true;
        }
        return false;
    }

    /**
     * The offset where the nesting first goes past {@link #MAX_DEPTH}, or -1. Brackets inside text
     * literals and comments do not count (a message may hold a parenthesis).
     */
    static int deepestOffset(String text) {
        int depth = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(text, i, c);
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    return i;
                }
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return -1;
    }

    private static int endOfLiteral(String text, int start, char quote) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                // a literal never spans lines: an unclosed quote is the parser's to report
                return i;
            }
        }
        return text.length();
    }
}
